package cn.lifeinfo.compliance.registry;

import cn.lifeinfo.compliance.common.Jdbc;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Bulk key lookups in the registries for the REF rules (TRU-XREC-001, TRU-PHONE-009, TRU-ADDR-007, TRU-BEN-004). */
@ApplicationScoped
public class RegistryLookup {

    private final AgroalDataSource db;

    public RegistryLookup(AgroalDataSource db) {
        this.db = db;
    }

    /** Which of the keys belong to registered agents: key → agent codes. */
    public Map<String, Set<String>> agentsByMobile(Set<String> keys) {
        return agents("mobile_key", keys);
    }

    public Map<String, Set<String>> agentsByAddress(Set<String> keys) {
        return agents("address_key", keys);
    }

    public Map<String, Set<String>> agentsById(Set<String> keys) {
        return agents("id_key", keys);
    }

    /** Agent code → the agent's ID key (to recognise a salesperson insuring himself). */
    public Map<String, String> agentIdKeys(Set<String> agentCodes) {
        Map<String, String> result = new HashMap<>();
        select("SELECT agent_code, id_key FROM agent WHERE agent_code IN (%s)", agentCodes,
                (rs) -> result.put(rs.getString(1), rs.getString(2)));
        return result;
    }

    public Set<String> institutionPhones(Set<String> keys) {
        Set<String> found = new HashSet<>();
        select("SELECT phone_key FROM institution_phone WHERE phone_key IN (%s)", keys, rs -> found.add(rs.getString(1)));
        return found;
    }

    public Set<String> institutionAddresses(Set<String> keys) {
        Set<String> found = new HashSet<>();
        select("SELECT address_key FROM institution WHERE address_key IN (%s)", keys, rs -> found.add(rs.getString(1)));
        return found;
    }

    private Map<String, Set<String>> agents(String column, Set<String> keys) {
        Map<String, Set<String>> result = new HashMap<>();
        select("SELECT " + column + ", agent_code FROM agent WHERE " + column + " IN (%s)", keys,
                rs -> result.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2)));
        return result;
    }

    interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    private void select(String template, Set<String> keys, Row row) {
        keys = new HashSet<>(keys);
        keys.remove(null);
        if (keys.isEmpty()) {
            return;
        }
        for (List<String> slice : Jdbc.slices(keys)) {
            try (Connection c = db.getConnection();
                 PreparedStatement s = c.prepareStatement(String.format(template, Jdbc.placeholders(slice.size())))) {
                for (int i = 0; i < slice.size(); i++) {
                    s.setString(i + 1, slice.get(i));
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        row.accept(rs);
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Registry lookup failed", e);
            }
        }
    }
}
