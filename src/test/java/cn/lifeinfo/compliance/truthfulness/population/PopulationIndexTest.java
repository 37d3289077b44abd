package cn.lifeinfo.compliance.truthfulness.population;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PopulationIndexTest {

    static PolicyKeys policy(String hash, String mobile, String address, String phId, boolean inScope,
                             PolicyKeys.PersonKeys... persons) {
        return new PolicyKeys(hash, "A1", "AGENCY", inScope, phId, address, mobile, null, List.of(persons));
    }

    static PolicyKeys.PersonKeys person(String role, String id, boolean family) {
        return new PolicyKeys.PersonKeys(role, id, "n-" + id, "b-" + id, family);
    }

    static Set<String> hashes(List<PolicyKeys> found) {
        return found.stream().map(PolicyKeys::policyHash).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void findsPoliciesByEveryKeyItIndexes() {
        PopulationIndex index = new PopulationIndex();
        index.apply(List.of(
                policy("p1", "m1", "a1", "id1", true, person("policyholder", "id1", false),
                        person("insured", "id2", true)),
                policy("p2", "m1", "a2", "id3", true, person("policyholder", "id3", false)),
                policy("p3", "m3", "a1", "id1", true, person("policyholder", "id1", false))));

        assertEquals(Set.of("p1", "p2", "p3"), hashes(index.byContactKeys(Set.of("m1"), Set.of("a1"))));
        assertEquals(Set.of("p1", "p3"), hashes(index.byPolicyholderIds(Set.of("id1"))));
        assertEquals(Set.of("p1"), hashes(index.byFamilyMemberIds(Set.of("id2"))));
        assertEquals(Set.of(), hashes(index.byFamilyMemberIds(Set.of("id1"))), "a policyholder is no family link");
        assertEquals(2, index.personsByIdKeys(Set.of("id1")).get("id1").size());
        assertEquals(3, index.size());
    }

    @Test
    void aResubmissionReplacesItsKeysAndAnOutOfScopeOneRemovesThePolicy() {
        PopulationIndex index = new PopulationIndex();
        index.apply(List.of(policy("p1", "m1", "a1", "id1", true), policy("p2", "m1", "a1", "id2", true)));

        index.apply(List.of(policy("p1", "m9", "a1", "id1", true)));
        assertEquals(Set.of("p2"), hashes(index.byContactKeys(Set.of("m1"), Set.of())));
        assertEquals(Set.of("p1"), hashes(index.byContactKeys(Set.of("m9"), Set.of())));

        index.apply(List.of(policy("p2", "m1", "a1", "id2", false)));
        assertTrue(index.byContactKeys(Set.of("m1"), Set.of("a1")).stream().noneMatch(k -> k.policyHash().equals("p2")));
        assertEquals(Set.of("p1"), hashes(index.byAddressKeys(Set.of("a1"))));
        assertEquals(1, index.size());
    }

    @Test
    void recordsWithoutPolicyNumberAreNeverHeld() {
        PopulationIndex index = new PopulationIndex();
        index.apply(List.of(policy(PolicyKeyer.UNKEYED + "x", "m1", null, null, true)));
        assertEquals(0, index.size());
        assertTrue(index.byContactKeys(Set.of("m1"), Set.of()).isEmpty());
    }

    @Test
    void aKeySharedByManyPoliciesIsReadOnASample() {
        PopulationIndex index = new PopulationIndex();
        for (int i = 0; i < PopulationSource.ROWS_PER_KEY + 50; i++) {
            index.apply(List.of(policy("p" + i, "shared", null, null, true)));
        }
        assertEquals(PopulationSource.ROWS_PER_KEY, index.byContactKeys(Set.of("shared"), Set.of()).size());
    }
}
