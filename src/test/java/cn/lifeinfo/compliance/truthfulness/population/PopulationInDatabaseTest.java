package cn.lifeinfo.compliance.truthfulness.population;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** With compliance.population.in-memory=false decisions read and write MariaDB directly (populations beyond the heap). */
@QuarkusTest
@TestProfile(PopulationInDatabaseTest.InDatabase.class)
class PopulationInDatabaseTest {

    public static class InDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("compliance.population.in-memory", "false");
        }
    }

    @Inject
    Population population;

    @Inject
    PopulationStore store;

    @Inject
    io.agroal.api.AgroalDataSource db;

    @Test
    void decisionsReadWhatIsCommittedInMariaDb() {
        assertSame(store, population.source());
        String mobile = "db-m-" + System.nanoTime();
        population.store(List.of(PopulationIndexTest.policy("db-p-" + mobile, mobile, null, null, true))).join();
        assertEquals(1, population.source().byContactKeys(Set.of(mobile), Set.of()).size(), "committed before return");
        assertEquals(0, population.size(), "nothing held in memory");
    }

    @Test
    void aResubmissionReplacesThePolicyAndItsPersons() {
        resubmitThenTakeOutOfScope(population, store, "db-r-" + System.nanoTime());
    }

    /**
     * Stores policy {@code p-<tag>} twice with other persons and phones, then out of scope; checks what MariaDB holds
     * after each step (both modes: here written directly, with the population in memory in the writer's batches).
     */
    static void resubmitThenTakeOutOfScope(Population population, PopulationStore store, String tag) {
        PolicyKeys first = PopulationIndexTest.policy("p-" + tag, "m1-" + tag, null, null, true,
                PopulationIndexTest.person("INSURED", "ins-" + tag, true),
                PopulationIndexTest.person("BENEFICIARY_1", "ben-" + tag, true));
        PolicyKeys second = PopulationIndexTest.policy("p-" + tag, "m2-" + tag, null, null, true,
                PopulationIndexTest.person("INSURED", "ins2-" + tag, true));
        population.store(List.of(first)).join();
        assertEquals(1, store.byPhoneKeys(Set.of("m1-" + tag)).size(), "committed when the future completes");
        assertEquals(2, store.personsByIdKeys(Set.of("ins-" + tag, "ben-" + tag)).size());
        population.store(List.of(second)).join();
        assertEquals(0, store.byPhoneKeys(Set.of("m1-" + tag)).size(), "the old phone is gone with the old row");
        assertEquals(1, store.byPhoneKeys(Set.of("m2-" + tag)).size());
        assertEquals(Map.of(), store.personsByIdKeys(Set.of("ins-" + tag, "ben-" + tag)),
                "the persons of the first submission are gone");
        assertEquals(1, store.personsByIdKeys(Set.of("ins2-" + tag)).size());

        population.store(List.of(PopulationIndexTest.policy("p-" + tag, null, null, null, false))).join();
        assertEquals(0, store.byPhoneKeys(Set.of("m2-" + tag)).size(), "out of scope: a tombstone, no keys");
        assertEquals(Map.of(), store.personsByIdKeys(Set.of("ins2-" + tag)));
    }

    @Test
    void startingWithThePopulationInTheDatabaseCreatesItsLookupIndexes() throws Exception {
        // V54 drops them (a population in memory does without); this instance's start-up put them back
        Set<String> indexes = new java.util.HashSet<>();
        try (var c = db.getConnection(); var rs = c.createStatement().executeQuery(
                "SELECT index_name FROM information_schema.statistics WHERE table_schema = DATABASE()"
                        + " AND table_name IN ('population_policy', 'population_person')")) {
            while (rs.next()) {
                indexes.add(rs.getString(1));
            }
        }
        assertEquals(Set.of(), Set.of("idx_population_address", "idx_population_mobile", "idx_population_landline",
                "idx_population_person_id").stream().filter(i -> !indexes.contains(i)).collect(
                java.util.stream.Collectors.toSet()), "missing lookup indexes");
    }
}
