package cn.lifeinfo.compliance.truthfulness.population;

import cn.lifeinfo.compliance.common.Jdbc;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stored population (tables population_policy / population_person), read and written in bulk: a chunk of
 * records costs a few IN-list queries, not a few per record.
 */
@ApplicationScoped
public class PopulationStore {

    /**
     * At most this many policies are read per looked-up key: a phone or address shared by hundreds of policies is
     * reported as shared on a sample (the rules need "≥ 3 unrelated", not the exact count), and one pathological
     * key cannot make every decision read the whole population.
     */
    static final int ROWS_PER_KEY = 100;

    private static final String POLICY_COLUMNS =
            "policy_hash, agent_code, channel, ph_id_key, address_key, mobile_key, landline_key";

    private final AgroalDataSource db;

    public PopulationStore(AgroalDataSource db) {
        this.db = db;
    }

    /** Stores in-scope policies (replacing earlier submissions) and drops resubmitted ones now out of scope. */
    public void upsert(Collection<PolicyKeys> policies) {
        if (policies.isEmpty()) {
            return;
        }
        try (Connection c = db.getConnection()) {
            // no gap locks: concurrent upserts (screening workers, batches) of disjoint policies must not deadlock
            c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            c.setAutoCommit(false);
            for (List<PolicyKeys> slice : Jdbc.slices(policies)) {
                delete(c, "population_person", slice);
                delete(c, "population_policy", slice);
                try (PreparedStatement p = c.prepareStatement("INSERT INTO population_policy (" + POLICY_COLUMNS
                        + ", stored_at) VALUES (?,?,?,?,?,?,?,?)");
                     PreparedStatement q = c.prepareStatement("INSERT INTO population_person "
                             + "(policy_hash, role, id_key, name_key, birth_key, family_link) VALUES (?,?,?,?,?,?)")) {
                    Timestamp now = Timestamp.from(Instant.now());
                    for (PolicyKeys k : slice) {
                        if (!k.storable()) {
                            continue;
                        }
                        p.setString(1, k.policyHash());
                        p.setString(2, k.agentCode());
                        p.setString(3, k.channel());
                        p.setString(4, k.phIdKey());
                        p.setString(5, k.addressKey());
                        p.setString(6, k.mobileKey());
                        p.setString(7, k.landlineKey());
                        p.setTimestamp(8, now);
                        p.addBatch();
                        for (PolicyKeys.PersonKeys person : k.persons()) {
                            q.setString(1, k.policyHash());
                            q.setString(2, person.role());
                            q.setString(3, person.idKey());
                            q.setString(4, person.nameKey());
                            q.setString(5, person.birthKey());
                            q.setBoolean(6, person.familyLink());
                            q.addBatch();
                        }
                    }
                    p.executeBatch();
                    q.executeBatch();
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Storing the population failed", e);
        }
    }

    private static void delete(Connection c, String table, List<PolicyKeys> slice) throws SQLException {
        try (PreparedStatement d = c.prepareStatement("DELETE FROM " + table + " WHERE policy_hash IN ("
                + Jdbc.placeholders(slice.size()) + ")")) {
            for (int i = 0; i < slice.size(); i++) {
                d.setString(i + 1, slice.get(i).policyHash());
            }
            d.executeUpdate();
        }
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
        return policies("SELECT " + POLICY_COLUMNS + " FROM population_policy WHERE mobile_key IN (" + p
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

    public record Person(String policyHash, String role, String nameKey, String birthKey) {
    }

    private List<PolicyKeys> policies(String where, Set<String> keys, int repeats) {
        if (keys.isEmpty()) {
            return List.of();
        }
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (List<String> slice : Jdbc.slices(keys)) {
            String in = Jdbc.placeholders(slice.size());
            String sql = "SELECT " + POLICY_COLUMNS + " FROM population_policy WHERE "
                    + String.format(where, (Object[]) java.util.Collections.nCopies(repeats, in).toArray(String[]::new))
                    + " LIMIT " + slice.size() * ROWS_PER_KEY;
            query(sql, slice, repeats, rs -> rows.put(rs.getString(1), row(rs)));
        }
        return withPersons(rows);
    }

    private List<PolicyKeys> policies(String sql, List<String> values) {
        Map<String, String[]> rows = new LinkedHashMap<>();
        query(sql, values, 1, rs -> rows.put(rs.getString(1), row(rs)));
        return withPersons(rows);
    }

    private static String[] row(ResultSet rs) throws SQLException {
        return new String[]{rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7)};
    }

    private List<PolicyKeys> withPersons(Map<String, String[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<PolicyKeys.PersonKeys>> persons = new HashMap<>();
        for (List<String> slice : Jdbc.slices(rows.keySet())) {
            String sql = "SELECT policy_hash, role, id_key, name_key, birth_key, family_link FROM population_person "
                    + "WHERE policy_hash IN (" + Jdbc.placeholders(slice.size()) + ")";
            query(sql, slice, 1, rs -> persons.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                    .add(new PolicyKeys.PersonKeys(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getBoolean(6))));
        }
        List<PolicyKeys> result = new ArrayList<>(rows.size());
        for (String[] r : rows.values()) {
            result.add(new PolicyKeys(r[0], r[1], r[2], true, r[3], r[4], r[5], r[6],
                    persons.getOrDefault(r[0], List.of())));
        }
        return result;
    }

    interface RowConsumer {
        void accept(ResultSet rs) throws SQLException;
    }

    private void query(String sql, List<String> values, int repeats, RowConsumer consumer) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
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
