package cn.lifeinfo.compliance.registry;

import cn.lifeinfo.compliance.common.IdentifierHasher;
import cn.lifeinfo.compliance.vocabulary.parse.TextNormaliser;
import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Key lookups in the registries for the REF rules (TRU-XREC-001, TRU-PHONE-009, TRU-ADDR-007, TRU-BEN-004), from an
 * in-memory index of the registries' keyed hashes. Registries are small and change rarely while every decision
 * consults them, so the index is rebuilt when a registry changes (row count or latest update differ; checked in the
 * background every half second, so another replica's changes arrive as quickly and no decision
 * waits for the check) or, before the next decision, when this instance writes one.
 */
@ApplicationScoped
public class RegistryLookup {

    private final AgroalDataSource db;
    /** During a rotation of the hash key rows not re-imported yet hold the previous key's hashes: both are asked. */
    private final IdentifierHasher hasher;
    private volatile Index index = Index.EMPTY;
    /**
     * Invalidations asked for and the last one the published index includes: a decision waits for a refresh while
     * the index is older than the last change this instance committed, including one a background check is reading.
     */
    private final AtomicLong wanted = new AtomicLong(1);
    private volatile long loaded = 0;

    public RegistryLookup(AgroalDataSource db, IdentifierHasher hasher) {
        this.db = db;
        this.hasher = hasher;
    }

    /**
     * What tells whether a registered agent is himself a policyholder (catalog TRU-XREC-001's exception): the key
     * of his ID number, and the key of his normalised name (the same keys as a policy's persons); either may be null.
     */
    public record AgentIdentity(String idKey, String nameKey) {
    }

    /** Registered agent code → his identity keys; unknown codes are absent. */
    public Map<String, AgentIdentity> agentIdentities(Set<String> agentCodes) {
        Map<String, AgentIdentity> all = current().identityByCode;
        Map<String, AgentIdentity> result = new HashMap<>();
        for (String code : agentCodes) {
            AgentIdentity identity = code == null ? null : all.get(code);
            if (identity != null) {
                result.put(code, identity);
            }
        }
        return result;
    }

    /** Called after this instance committed a registry change. */
    public void invalidate() {
        wanted.incrementAndGet();
    }

    /** Which of the keys belong to registered agents: key → agent codes. */
    public Map<String, Set<String>> agentsByMobile(Set<String> keys) {
        return select(current().agentsByMobile, keys);
    }

    public Map<String, Set<String>> agentsByAddress(Set<String> keys) {
        return select(current().agentsByAddress, keys);
    }

    public Map<String, Set<String>> agentsById(Set<String> keys) {
        return select(current().agentsById, keys);
    }

    /** Registered agent code → the agent's ID key (null when none); unknown codes are absent. */
    public Map<String, String> agentIdKeys(Set<String> agentCodes) {
        Map<String, String> all = current().idKeyByCode;
        Map<String, String> result = new HashMap<>();
        for (String code : agentCodes) {
            if (code != null && all.containsKey(code)) {
                result.put(code, hasher.asCurrent(all.get(code)));
            }
        }
        return result;
    }

    public Set<String> institutionPhones(Set<String> keys) {
        return contained(current().institutionPhones, keys);
    }

    public Set<String> institutionAddresses(Set<String> keys) {
        return contained(current().institutionAddresses, keys);
    }

    private Set<String> contained(Set<String> all, Set<String> keys) {
        Set<String> found = new HashSet<>();
        keys.stream().filter(Objects::nonNull)
                .filter(k -> all.contains(k) || all.contains(hasher.previousOf(k))).forEach(found::add);
        return found;
    }

    private Map<String, Set<String>> select(Map<String, Set<String>> from, Set<String> keys) {
        Map<String, Set<String>> result = new HashMap<>();
        for (String key : keys) {
            if (key == null) {
                continue;
            }
            Set<String> codes = from.get(key);
            String previous = hasher.previousOf(key);
            Set<String> before = previous == null ? null : from.get(previous);
            if (before != null) {
                codes = codes == null ? before : union(codes, before);
            }
            if (codes != null) {
                result.put(key, codes);
            }
        }
        return result;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private Index current() {
        if (loaded < wanted.get()) {
            synchronized (this) {
                if (loaded < wanted.get()) {
                    refresh();
                }
            }
        }
        return index;
    }

    @Scheduled(every = "0.5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    synchronized void check() {
        refresh();
    }

    private void refresh() {
        // read before the tables: an invalidate() from here on asks for another refresh
        long target = wanted.get();
        try (Connection c = db.getConnection()) {
            String version = version(c);
            if (loaded >= target && version.equals(index.version)) {
                return;
            }
            index = load(c, version);
            loaded = target; // only now: a decision arriving mid-read waits instead of taking the old index
        } catch (SQLException | RuntimeException e) {
            throw new IllegalStateException("Registry index refresh failed", e);
        }
    }

    private static String version(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT (SELECT COUNT(*) FROM agent), (SELECT MAX(updated_at) "
                + "FROM agent), (SELECT COUNT(*) FROM institution), (SELECT MAX(updated_at) FROM institution), "
                + "(SELECT COUNT(*) FROM institution_phone)");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            Timestamp a = rs.getTimestamp(2);
            Timestamp i = rs.getTimestamp(4);
            return rs.getLong(1) + "/" + a + "/" + rs.getLong(3) + "/" + i + "/" + rs.getLong(5);
        }
    }

    private Index load(Connection c, String version) throws SQLException {
        Index x = new Index(version);
        try (PreparedStatement s = c.prepareStatement(
                "SELECT agent_code, mobile_key, address_key, id_key, name FROM agent");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                put(x.agentsByMobile, rs.getString(2), rs.getString(1));
                put(x.agentsByAddress, rs.getString(3), rs.getString(1));
                put(x.agentsById, rs.getString(4), rs.getString(1));
                x.idKeyByCode.put(rs.getString(1), rs.getString(4));
                String name = TextNormaliser.isAbsentOrPlaceholder(rs.getString(5)) ? null
                        : TextNormaliser.name(rs.getString(5));
                x.identityByCode.put(rs.getString(1),
                        new AgentIdentity(rs.getString(4), name == null ? null : hasher.hash("name:" + name)));
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT phone_key FROM institution_phone");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                x.institutionPhones.add(rs.getString(1));
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT address_key FROM institution WHERE address_key IS NOT NULL");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                x.institutionAddresses.add(rs.getString(1));
            }
        }
        return x;
    }

    private static void put(Map<String, Set<String>> map, String key, String code) {
        if (key != null) {
            map.computeIfAbsent(key, k -> new HashSet<>(2)).add(code);
        }
    }

    private static final class Index {
        static final Index EMPTY = new Index("");
        final String version;
        final Map<String, Set<String>> agentsByMobile = new HashMap<>();
        final Map<String, Set<String>> agentsByAddress = new HashMap<>();
        final Map<String, Set<String>> agentsById = new HashMap<>();
        final Map<String, String> idKeyByCode = new HashMap<>();
        final Map<String, AgentIdentity> identityByCode = new HashMap<>();
        final Set<String> institutionPhones = new HashSet<>();
        final Set<String> institutionAddresses = new HashSet<>();

        Index(String version) {
            this.version = version;
        }
    }
}
