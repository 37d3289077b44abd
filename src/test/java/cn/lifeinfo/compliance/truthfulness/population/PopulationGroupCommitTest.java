package cn.lifeinfo.compliance.truthfulness.population;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * With the population in memory (the default) a decision's policy rows go to MariaDB in the audit writer's group
 * commit, as statements sent with the audit rows in one query: what other instances and the next start-up read.
 */
@QuarkusTest
class PopulationGroupCommitTest {

    @Inject
    Population population;

    @Inject
    PopulationStore store;

    @Inject
    AgroalDataSource db;

    @Test
    void aResubmissionReplacesThePolicyAndItsPersonsAndOutOfScopeLeavesATombstone() throws SQLException {
        String tag = "gc-r-" + System.nanoTime();
        PopulationInDatabaseTest.resubmitThenTakeOutOfScope(population, store, tag, false);
        assertEquals(List.of(true), removedFlags("p-" + tag), "the row stays as a tombstone for the other instances");
    }

    @Test
    void aPolicyStoredBeforeItsPersonsMovedIntoItsRowKeepsThem() throws SQLException {
        String tag = "gc-v-" + System.nanoTime();
        try (var c = db.getConnection(); var s = c.createStatement()) {
            // as V4..V55 wrote it: no persons column in the row, the persons in population_person
            s.executeUpdate("INSERT INTO population_policy (policy_hash, mobile_key, stored_at, removed, hash_key_id)"
                    + " VALUES ('p-" + tag + "', 'm-" + tag + "', CURRENT_TIMESTAMP(3), FALSE, '1')");
            s.executeUpdate("INSERT INTO population_person (policy_hash, role, id_key, family_link) VALUES"
                    + " ('p-" + tag + "', 'INSURED', 'ins-" + tag + "', TRUE)");
        }
        assertEquals(List.of("ins-" + tag), PopulationInDatabaseTest.personIds(store, "p-" + tag));
        List<PolicyKeys> loaded = new java.util.ArrayList<>();
        store.forEachStored(k -> {
            if (k.policyHash().equals("p-" + tag)) {
                loaded.add(k);
            }
        });
        assertEquals(List.of(List.of("ins-" + tag)), loaded.stream()
                .map(k -> k.persons().stream().map(PolicyKeys.PersonKeys::idKey).toList()).toList());
    }

    @Test
    void aPolicyOutOfScopeThatWasNeverStoredLeavesNoRow() throws SQLException {
        String hash = "gc-n-" + System.nanoTime();
        population.store(List.of(PopulationIndexTest.policy(hash, null, null, null, false))).join();
        assertEquals(List.of(), removedFlags(hash));
    }

    private List<Boolean> removedFlags(String policyHash) throws SQLException {
        try (var c = db.getConnection();
             var q = c.prepareStatement("SELECT removed FROM population_policy WHERE policy_hash = ?")) {
            q.setString(1, policyHash);
            try (var rs = q.executeQuery()) {
                List<Boolean> flags = new java.util.ArrayList<>();
                while (rs.next()) {
                    flags.add(rs.getBoolean(1));
                }
                return flags;
            }
        }
    }
}
