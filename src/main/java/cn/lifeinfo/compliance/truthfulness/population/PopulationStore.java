package cn.lifeinfo.compliance.truthfulness.population;

import cn.lifeinfo.compliance.common.Jdbc;
import cn.lifeinfo.compliance.common.IdentifierHasher;
import cn.lifeinfo.compliance.common.SqlBatch;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stored population (tables population_policy / population_person), read and written in bulk: a chunk of
 * records costs a few IN-list queries, not a few per record. Decisions read the in-memory {@link PopulationIndex};
 * this is what it is loaded from, follows and writes to. A policy's persons are part of its row
 * ({@link PolicyKeysCodec}); only a population kept in the database also lists them in population_person, for its
 * lookups by person (V56).
 */
@ApplicationScoped
public class PopulationStore implements PopulationSource {

    private static final String POLICY_COLUMNS =
            "policy_hash, agent_code, channel, ph_id_key, address_key, mobile_key, landline_key";
    /** What reads select: the keys and the persons (NULL in rows from before V56, listed in population_person). */
    private static final String READ_COLUMNS = POLICY_COLUMNS + ", persons";
    private static final String PERSON_COLUMNS = "policy_hash, role, id_key, name_key, birth_key, family_link";

    private static final int FETCH_ROWS = 2000;
    /** Six parameters a person: well below the protocol's 65,535 per statement. */
    private static final int PERSONS_PER_STATEMENT = 2000;

    private final AgroalDataSource db;
    private final IdentifierHasher hasher;
    /** Persons also go to population_person: the population is kept in the database and looked up by person. */
    private final boolean listsPersons;

    public PopulationStore(AgroalDataSource db, IdentifierHasher hasher,
                           @ConfigProperty(name = "compliance.population.in-memory") boolean inMemory) {
        this.db = db;
        this.hasher = hasher;
        this.listsPersons = !inMemory;
    }

    /** A stored policy row: its keys in {@link #POLICY_COLUMNS} order, and its persons column. */
    private record Row(String[] keys, byte[] persons) {
    }

    /**
     * Stores in-scope policies (replacing earlier submissions) and leaves a tombstone for resubmitted ones now out
     * of scope; {@code storedBy} names the writing instance, whose own index already holds the rows. When a policy
     * occurs more than once, its last occurrence counts.
     */
    public void upsert(Collection<PolicyKeys> given, String storedBy) {
        SqlBatch batch = new SqlBatch();
        append(given, storedBy, batch);
        inTransaction(batch);
    }

    private void inTransaction(SqlBatch batch) {
        if (batch.isEmpty()) {
            return;
        }
        try (Connection c = db.getConnection()) {
            // reads committed, as the whole pool does: concurrent upserts of disjoint policies take no gap locks
            c.setAutoCommit(false);
            batch.executeEach(c);
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Storing the population failed", e);
        }
    }

    /**
     * The statements of {@link #upsert}, for a transaction the caller sends (the decision audit's group commit sends
     * them with the audit rows in one query). Per slice: a policy now out of scope becomes a tombstone only where it
     * has a row (an UPDATE, so a policy never stored leaves nothing behind); the policy rows, persons included, are
     * replaced (INSERT … ON DUPLICATE KEY UPDATE). MariaDB takes the row locks as it goes, so a policy another
     * instance stored meanwhile is replaced, not duplicated. Where persons are listed too, the slice's earlier ones go
     * first (a probe per policy) and the new ones are written; elsewhere rows say that their persons are not listed.
     */
    public void append(Collection<PolicyKeys> given, String storedBy, SqlBatch batch) {
        for (List<PolicyKeys> slice : Jdbc.slices(lastOccurrences(given))) {
            List<PolicyKeys> stored = slice.stream().filter(PolicyKeys::storable).toList();
            List<PolicyKeys> removed = slice.stream().filter(k -> !k.storable()).toList();
            if (!removed.isEmpty()) {
                List<Object> values = new ArrayList<>(removed.size() + 3);
                values.add(storedBy);
                values.add(hasher.keyId());
                values.add(listsPersons);
                removed.forEach(k -> values.add(k.policyHash()));
                batch.add("UPDATE population_policy SET agent_code = NULL, channel = NULL, ph_id_key = NULL,"
                        + " address_key = NULL, mobile_key = NULL, landline_key = NULL, persons = NULL,"
                        + " stored_at = CURRENT_TIMESTAMP(3), stored_by = ?, removed = TRUE, hash_key_id = ?,"
                        + " persons_listed = ? WHERE policy_hash IN (" + Jdbc.placeholders(removed.size()) + ")",
                        values);
            }
            if (listsPersons) {
                deletePersons(slice.stream().map(PolicyKeys::policyHash).toList(), batch);
            }
            if (!stored.isEmpty()) {
                appendPolicies(stored, storedBy, batch);
                if (listsPersons) {
                    appendPersons(stored, batch);
                }
            }
        }
    }

    private static Collection<PolicyKeys> lastOccurrences(Collection<PolicyKeys> given) {
        Map<String, PolicyKeys> last = new LinkedHashMap<>();
        for (PolicyKeys k : given) {
            if (!k.policyHash().startsWith(PolicyKeyer.UNKEYED)) {
                last.put(k.policyHash(), k);
            }
        }
        return last.values();
    }

    private void appendPolicies(List<PolicyKeys> rows, String storedBy, SqlBatch batch) {
        StringBuilder sql = new StringBuilder("INSERT INTO population_policy (").append(POLICY_COLUMNS)
                .append(", persons, stored_at, stored_by, removed, hash_key_id, persons_listed) VALUES ");
        List<Object> values = new ArrayList<>(rows.size() * 12);
        for (int i = 0; i < rows.size(); i++) {
            sql.append(i == 0 ? "" : ",").append("(?,?,?,?,?,?,?,?,CURRENT_TIMESTAMP(3),?,FALSE,?,?)");
            PolicyKeys k = rows.get(i);
            Collections.addAll(values, k.policyHash(), k.agentCode(), k.channel(), k.phIdKey(), k.addressKey(),
                    k.mobileKey(), k.landlineKey(), PolicyKeysCodec.encodePersons(k.persons()), storedBy,
                    hasher.keyId(), listsPersons);
        }
        sql.append(" ON DUPLICATE KEY UPDATE agent_code = VALUES(agent_code), channel = VALUES(channel),"
                + " ph_id_key = VALUES(ph_id_key), address_key = VALUES(address_key), mobile_key = VALUES(mobile_key),"
                + " landline_key = VALUES(landline_key), persons = VALUES(persons), stored_at = VALUES(stored_at),"
                + " stored_by = VALUES(stored_by), removed = VALUES(removed), hash_key_id = VALUES(hash_key_id),"
                + " persons_listed = VALUES(persons_listed)");
        batch.add(sql.toString(), values);
    }

    /**
     * Multi-row statements (the driver would send a batch with ON DUPLICATE KEY UPDATE row by row). The update
     * clause covers a replacement within the same millisecond by another instance, whose persons the DELETE before
     * may not have seen yet: they are overwritten role by role rather than refused as duplicates.
     */
    private static void appendPersons(List<PolicyKeys> rows, SqlBatch batch) {
        List<Object> values = new ArrayList<>();
        int persons = 0;
        for (PolicyKeys k : rows) {
            for (PolicyKeys.PersonKeys person : k.persons()) {
                Collections.addAll(values, k.policyHash(), person.role(), person.idKey(), person.nameKey(),
                        person.birthKey(), person.familyLink());
                if (++persons == PERSONS_PER_STATEMENT) {
                    appendPersonRows(persons, values, batch);
                    values = new ArrayList<>();
                    persons = 0;
                }
            }
        }
        if (persons > 0) {
            appendPersonRows(persons, values, batch);
        }
    }

    private static void deletePersons(List<String> policyHashes, SqlBatch batch) {
        batch.add("DELETE FROM population_person WHERE policy_hash IN (" + Jdbc.placeholders(policyHashes.size())
                + ")", List.copyOf(policyHashes));
    }

    private static void appendPersonRows(int persons, List<Object> values, SqlBatch batch) {
        StringBuilder sql = new StringBuilder("INSERT INTO population_person (" + PERSON_COLUMNS + ") VALUES ");
        for (int i = 0; i < persons; i++) {
            sql.append(i == 0 ? "" : ",").append("(?,?,?,?,?,?)");
        }
        sql.append(" ON DUPLICATE KEY UPDATE id_key = VALUES(id_key), name_key = VALUES(name_key),"
                + " birth_key = VALUES(birth_key), family_link = VALUES(family_link)");
        batch.add(sql.toString(), values);
    }

    /**
     * The lookups of a population kept in the database (by phone, address, person) need indexes that a population
     * held in memory does without (V54 drops them): created here when missing, online, which on a large table takes
     * minutes once. Idempotent, so every instance may run it at start-up.
     */
    public void ensureLookupIndexes() {
        try (Connection c = db.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE INDEX IF NOT EXISTS idx_population_address ON population_policy (address_key)");
            s.execute("CREATE INDEX IF NOT EXISTS idx_population_mobile ON population_policy (mobile_key)");
            s.execute("CREATE INDEX IF NOT EXISTS idx_population_landline ON population_policy (landline_key)");
            s.execute("CREATE INDEX IF NOT EXISTS idx_population_person_id ON population_person (id_key)");
        } catch (SQLException e) {
            throw new IllegalStateException("The population's lookup indexes could not be created", e);
        }
    }

    /**
     * Lists in population_person the persons of rows whose persons are not listed there (written by instances that
     * held the population in memory, or removed by them), replacing what an earlier listing left: a population kept
     * in the database looks policies up by person. All instances on one database keep the population the same way.
     * Returns how many policies were listed.
     */
    public int listPersons() {
        int listed = 0;
        while (true) {
            Map<String, byte[]> rows = new LinkedHashMap<>();
            query("SELECT policy_hash, IF(removed, NULL, persons) FROM population_policy WHERE NOT persons_listed"
                    + " LIMIT " + FETCH_ROWS, List.of(), 1, rs -> rows.put(rs.getString(1), rs.getBytes(2)));
            if (rows.isEmpty()) {
                return listed;
            }
            SqlBatch batch = new SqlBatch();
            List<String> hashes = List.copyOf(rows.keySet());
            deletePersons(hashes, batch);
            List<PolicyKeys> persons = new ArrayList<>();
            rows.forEach((hash, blob) -> {
                if (blob != null) {
                    persons.add(new PolicyKeys(hash, null, null, true, null, null, null, null,
                            PolicyKeysCodec.decodePersons(blob)));
                }
            });
            appendPersons(persons, batch);
            batch.add("UPDATE population_policy SET persons_listed = TRUE WHERE policy_hash IN ("
                    + Jdbc.placeholders(hashes.size()) + ")", List.copyOf(hashes));
            inTransaction(batch);
            listed += hashes.size();
        }
    }

    /**
     * Streams every stored (not removed) policy with its persons, for loading the index: a slice of rows at a time,
     * so the persons of rows from before V56 are fetched by policy number, as {@link #withPersons} does for lookups.
     */
    public void forEachStored(java.util.function.Consumer<PolicyKeys> sink) {
        Map<String, Row> slice = new LinkedHashMap<>();
        query("SELECT " + READ_COLUMNS + " FROM population_policy WHERE NOT removed", List.of(), 1, rs -> {
            slice.put(rs.getString(1), row(rs));
            if (slice.size() == FETCH_ROWS) {
                withPersons(slice).forEach(sink);
                slice.clear();
            }
        });
        withPersons(slice).forEach(sink);
    }

    /** The database's clock, which stamps stored rows: polls compare against it, never against a replica's. */
    public String now() {
        String[] now = new String[1];
        query("SELECT CURRENT_TIMESTAMP(3)", List.of(), 1, rs -> now[0] = rs.getString(1));
        return now[0];
    }

    /**
     * Policies stored or removed by other instances since {@code overlapSeconds} before {@code since} (a time of
     * {@link #now()}): the overlap catches rows stamped before a poll but committed after it. Removals come as
     * out-of-scope keys.
     */
    public List<PolicyKeys> changedSince(String since, int overlapSeconds, String notBy) {
        return withRemovals("stored_at >= ? - INTERVAL " + overlapSeconds
                + " SECOND AND (stored_by IS NULL OR stored_by <> ?) ORDER BY stored_at", List.of(since, notBy));
    }

    /** The stored state of these policies, whoever wrote them; removed or unknown ones come as out of scope. */
    public List<PolicyKeys> byPolicyHashes(Collection<String> hashes) {
        List<PolicyKeys> result = new ArrayList<>();
        for (List<String> slice : Jdbc.slices(hashes)) {
            List<PolicyKeys> found = withRemovals("policy_hash IN (" + Jdbc.placeholders(slice.size()) + ")", slice);
            Set<String> seen = new java.util.HashSet<>();
            found.forEach(k -> seen.add(k.policyHash()));
            result.addAll(found);
            slice.stream().filter(h -> !seen.contains(h)).forEach(h -> result.add(removed(h)));
        }
        return result;
    }

    private List<PolicyKeys> withRemovals(String where, List<String> values) {
        Map<String, Row> rows = new LinkedHashMap<>();
        Set<String> removed = new java.util.HashSet<>();
        query("SELECT " + READ_COLUMNS + ", removed FROM population_policy WHERE " + where, values, 1, rs -> {
            rows.put(rs.getString(1), row(rs));
            if (rs.getBoolean(9)) {
                removed.add(rs.getString(1));
            }
        });
        List<PolicyKeys> result = new ArrayList<>(withPersons(rows));
        result.removeIf(k -> removed.contains(k.policyHash()));
        removed.forEach(h -> result.add(removed(h)));
        return result;
    }

    private static PolicyKeys removed(String policyHash) {
        return new PolicyKeys(policyHash, null, null, false, null, null, null, null, List.of());
    }

    /** Policies sharing a phone key or a full-address key with the evaluation set: one query for both. */
    public List<PolicyKeys> byContactKeys(Set<String> phoneKeys, Set<String> addressKeys) {
        if (phoneKeys.size() + addressKeys.size() > Jdbc.IN_LIMIT || phoneKeys.isEmpty() || addressKeys.isEmpty()) {
            List<PolicyKeys> result = new ArrayList<>(byPhoneKeys(phoneKeys));
            Set<String> seen = new java.util.HashSet<>();
            result.forEach(k -> seen.add(k.policyHash()));
            byAddressKeys(addressKeys).stream().filter(k -> seen.add(k.policyHash())).forEach(result::add);
            return result;
        }
        List<String> values = new ArrayList<>(phoneKeys);
        values.addAll(phoneKeys);
        values.addAll(addressKeys);
        String p = Jdbc.placeholders(phoneKeys.size());
        return policies("SELECT " + READ_COLUMNS + " FROM population_policy WHERE mobile_key IN (" + p
                + ") OR landline_key IN (" + p + ") OR address_key IN (" + Jdbc.placeholders(addressKeys.size())
                + ") LIMIT " + (phoneKeys.size() + addressKeys.size()) * ROWS_PER_KEY, values);
    }

    /** Policies whose mobile or landline key is among {@code keys}. */
    public List<PolicyKeys> byPhoneKeys(Set<String> keys) {
        return policies("mobile_key IN (%s) OR landline_key IN (%s)", keys, 2);
    }

    public List<PolicyKeys> byPolicyholderIds(Set<String> keys) {
        return policies("ph_id_key IN (%s)", keys, 1);
    }

    public List<PolicyKeys> byAddressKeys(Set<String> keys) {
        return policies("address_key IN (%s)", keys, 1);
    }

    /** Policies in which one of {@code idKeys} is an insured or beneficiary with a family relationship. */
    public List<PolicyKeys> byFamilyMemberIds(Set<String> idKeys) {
        return policies("policy_hash IN (SELECT policy_hash FROM population_person WHERE family_link AND id_key IN (%s))",
                idKeys, 1);
    }

    /** Every stored person carrying one of the ID keys (TRU-XREC-004). */
    public Map<String, List<Person>> personsByIdKeys(Set<String> idKeys) {
        Map<String, List<Person>> result = new HashMap<>();
        for (List<String> slice : Jdbc.slices(idKeys)) {
            String sql = "SELECT policy_hash, role, id_key, name_key, birth_key FROM population_person WHERE id_key IN ("
                    + Jdbc.placeholders(slice.size()) + ")";
            query(sql, slice, 1, rs -> result.computeIfAbsent(rs.getString(3), k -> new ArrayList<>())
                    .add(new Person(rs.getString(1), rs.getString(2), rs.getString(4), rs.getString(5))));
        }
        return result;
    }

    private List<PolicyKeys> policies(String where, Set<String> keys, int repeats) {
        if (keys.isEmpty()) {
            return List.of();
        }
        Map<String, Row> rows = new LinkedHashMap<>();
        for (List<String> slice : Jdbc.slices(keys)) {
            String in = Jdbc.placeholders(slice.size());
            String sql = "SELECT " + READ_COLUMNS + " FROM population_policy WHERE "
                    + String.format(where, (Object[]) java.util.Collections.nCopies(repeats, in).toArray(String[]::new))
                    + " LIMIT " + slice.size() * ROWS_PER_KEY;
            query(sql, slice, repeats, rs -> rows.put(rs.getString(1), row(rs)));
        }
        return withPersons(rows);
    }

    private List<PolicyKeys> policies(String sql, List<String> values) {
        Map<String, Row> rows = new LinkedHashMap<>();
        query(sql, values, 1, rs -> rows.put(rs.getString(1), row(rs)));
        return withPersons(rows);
    }

    /** The row of {@link #READ_COLUMNS}. */
    private static Row row(ResultSet rs) throws SQLException {
        return new Row(new String[]{rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7)}, rs.getBytes(8));
    }

    /** The policies of these rows with their persons: from the row, or (before V56) from population_person. */
    private List<PolicyKeys> withPersons(Map<String, Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> unpacked = rows.values().stream().filter(r -> r.persons() == null).map(r -> r.keys()[0]).toList();
        Map<String, List<PolicyKeys.PersonKeys>> listed = new HashMap<>();
        Map<String, String> roles = new HashMap<>();
        for (List<String> slice : Jdbc.slices(unpacked)) {
            String sql = "SELECT " + PERSON_COLUMNS + " FROM population_person WHERE policy_hash IN ("
                    + Jdbc.placeholders(slice.size()) + ")";
            query(sql, slice, 1, rs -> listed.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                    .add(person(rs, roles)));
        }
        List<PolicyKeys> result = new ArrayList<>(rows.size());
        for (Row r : rows.values()) {
            result.add(policy(r.keys(), r.persons() == null ? listed.getOrDefault(r.keys()[0], List.of())
                    : PolicyKeysCodec.decodePersons(r.persons())));
        }
        return result;
    }

    private static PolicyKeys policy(String[] r, List<PolicyKeys.PersonKeys> persons) {
        return new PolicyKeys(r[0], r[1], r[2], true, r[3], r[4], r[5], r[6], persons);
    }

    private static PolicyKeys.PersonKeys person(ResultSet rs, Map<String, String> roles) throws SQLException {
        return new PolicyKeys.PersonKeys(roles.computeIfAbsent(rs.getString(2), r -> r), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getBoolean(6));
    }

    interface RowConsumer {
        void accept(ResultSet rs) throws SQLException;
    }

    private void query(String sql, List<String> values, int repeats, RowConsumer consumer) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setFetchSize(FETCH_ROWS); // stream: loading the whole population must not buffer it twice
            int i = 1;
            for (int r = 0; r < repeats; r++) {
                for (String v : values) {
                    s.setString(i++, v);
                }
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Population lookup failed", e);
        }
    }
}
