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
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        resubmitThenTakeOutOfScope(population, store, "db-r-" + System.nanoTime(), true);
    }

    @Test
    void personsOfRowsWrittenWithThePopulationInMemoryAreListedForLookupsByPerson() throws Exception {
        String tag = "db-l-" + System.nanoTime();
        List<PolicyKeys.PersonKeys> persons = List.of(PopulationIndexTest.person("INSURED", "ins-" + tag, true),
                PopulationIndexTest.person("BENEFICIARY_1", "ben-" + tag, false));
        try (var c = db.getConnection()) {
            // as an instance holding the population in memory writes them: persons in the row only, not listed; what
            // an earlier listing left for these policies is stale
            for (String policy : List.of("p-" + tag, "gone-" + tag)) {
                try (var insert = c.prepareStatement("INSERT INTO population_policy (policy_hash, persons, stored_at,"
                        + " removed, hash_key_id, persons_listed) VALUES (?, ?, CURRENT_TIMESTAMP(3), ?, '1', FALSE)")) {
                    insert.setString(1, policy);
                    insert.setBytes(2, policy.startsWith("p-") ? PolicyKeysCodec.encodePersons(persons) : null);
                    insert.setBoolean(3, !policy.startsWith("p-"));
                    insert.executeUpdate();
                }
                try (var stale = c.prepareStatement("INSERT INTO population_person (policy_hash, role, id_key,"
                        + " family_link) VALUES (?, 'INSURED', ?, TRUE)")) {
                    stale.setString(1, policy);
                    stale.setString(2, "stale-" + tag);
                    stale.executeUpdate();
                }
            }
        }
        assertTrue(store.listPersons() >= 2);
        assertEquals(Set.of("ins-" + tag, "ben-" + tag), store.personsByIdKeys(Set.of("ins-" + tag, "ben-" + tag,
                "stale-" + tag)).keySet(), "the row's persons, not what was listed before, nor a removed policy's");
        assertEquals(0, store.listPersons(), "listed once");
        assertEquals(List.of(List.of("ins-" + tag, "ben-" + tag)), store.byPolicyHashes(List.of("p-" + tag)).stream()
                .map(k -> k.persons().stream().map(PolicyKeys.PersonKeys::idKey).toList()).toList());
    }

    /** The ID keys of the policy's persons as the store reads them back (from its row, whatever the mode). */
    static List<String> personIds(PopulationStore store, String policyHash) {
        return store.byPolicyHashes(List.of(policyHash)).stream()
                .flatMap(k -> k.persons().stream().map(PolicyKeys.PersonKeys::idKey)).toList();
    }

    /**
     * Stores policy {@code p-<tag>} twice with other persons and phones, then out of scope; checks what MariaDB holds
     * after each step (both modes: here written directly, with the population in memory in the writer's batches).
     * {@code listed}: persons are also listed in population_person (the population kept in the database), or never.
     */
    static void resubmitThenTakeOutOfScope(Population population, PopulationStore store, String tag, boolean listed) {
        PolicyKeys first = PopulationIndexTest.policy("p-" + tag, "m1-" + tag, null, null, true,
                PopulationIndexTest.person("INSURED", "ins-" + tag, true),
                PopulationIndexTest.person("BENEFICIARY_1", "ben-" + tag, true));
        PolicyKeys second = PopulationIndexTest.policy("p-" + tag, "m2-" + tag, null, null, true,
                PopulationIndexTest.person("INSURED", "ins2-" + tag, true));
        population.store(List.of(first)).join();
        assertEquals(1, store.byPhoneKeys(Set.of("m1-" + tag)).size(), "committed when the future completes");
        assertEquals(List.of("ins-" + tag, "ben-" + tag), personIds(store, "p-" + tag));
        assertEquals(listed ? 2 : 0, store.personsByIdKeys(Set.of("ins-" + tag, "ben-" + tag)).size());
        population.store(List.of(second)).join();
        assertEquals(0, store.byPhoneKeys(Set.of("m1-" + tag)).size(), "the old phone is gone with the old row");
        assertEquals(1, store.byPhoneKeys(Set.of("m2-" + tag)).size());
        assertEquals(List.of("ins2-" + tag), personIds(store, "p-" + tag), "the first submission's persons are gone");
        assertEquals(Map.of(), store.personsByIdKeys(Set.of("ins-" + tag, "ben-" + tag)));
        assertEquals(listed ? 1 : 0, store.personsByIdKeys(Set.of("ins2-" + tag)).size());

        population.store(List.of(PopulationIndexTest.policy("p-" + tag, null, null, null, false))).join();
        assertEquals(0, store.byPhoneKeys(Set.of("m2-" + tag)).size(), "out of scope: a tombstone, no keys");
        assertEquals(List.of(false), store.byPolicyHashes(List.of("p-" + tag)).stream().map(PolicyKeys::inScope)
                .toList());
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
