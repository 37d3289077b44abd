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
        PopulationInDatabaseTest.resubmitThenTakeOutOfScope(population, store, tag);
        assertEquals(List.of(true), removedFlags("p-" + tag), "the row stays as a tombstone for the other instances");
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
