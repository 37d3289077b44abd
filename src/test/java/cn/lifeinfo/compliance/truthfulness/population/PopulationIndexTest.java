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

    /** The index's own exclusion gives what the interface's filter over the full answers gives. */
    @Test
    void anEvaluationSetsOwnPoliciesAreLeftOutAsTheGenericFilterLeavesThemOut() {
        PopulationIndex index = new PopulationIndex();
        index.apply(List.of(
                policy("p1", "m1", "a1", "id1", true, person("policyholder", "id1", false),
                        person("insured", "id2", true)),
                policy("p2", "m1", "a2", "id3", true, person("policyholder", "id3", false),
                        person("beneficiary[0]", "id2", true)),
                policy("p3", "m3", "a1", "id1", true, person("policyholder", "id1", false))));
        PopulationSource all = index;
        PopulationSource generic = new PopulationSource() { // only the interface's default except()
            public List<PolicyKeys> byContactKeys(Set<String> p, Set<String> a) {
                return all.byContactKeys(p, a);
            }

            public List<PolicyKeys> byPolicyholderIds(Set<String> k) {
                return all.byPolicyholderIds(k);
            }

            public List<PolicyKeys> byAddressKeys(Set<String> k) {
                return all.byAddressKeys(k);
            }

            public List<PolicyKeys> byFamilyMemberIds(Set<String> k) {
                return all.byFamilyMemberIds(k);
            }

            public java.util.Map<String, List<Person>> personsByIdKeys(Set<String> k) {
                return all.personsByIdKeys(k);
            }
        };
        for (Set<String> except : List.of(Set.<String>of(), Set.of("p1"), Set.of("p1", "p3"), Set.of("p2", "x"))) {
            PopulationSource own = index.except(except);
            PopulationSource filtered = generic.except(except);
            assertEquals(filtered.byContactKeys(Set.of("m1", "m3"), Set.of("a1")),
                    own.byContactKeys(Set.of("m1", "m3"), Set.of("a1")), except.toString());
            assertEquals(filtered.byPolicyholderIds(Set.of("id1", "id3")), own.byPolicyholderIds(Set.of("id1", "id3")));
            assertEquals(filtered.byAddressKeys(Set.of("a1", "a2")), own.byAddressKeys(Set.of("a1", "a2")));
            assertEquals(filtered.byFamilyMemberIds(Set.of("id2")), own.byFamilyMemberIds(Set.of("id2")));
            java.util.Map<String, List<PopulationSource.Person>> persons = own.personsByIdKeys(Set.of("id1", "id2"));
            filtered.personsByIdKeys(Set.of("id1", "id2")).forEach((id, expected) ->
                    assertEquals(expected, persons.getOrDefault(id, List.of()), id + " " + except));
            assertTrue(hashes(own.byContactKeys(Set.of("m1", "m3"), Set.of("a1"))).stream().noneMatch(except::contains));
        }
        assertEquals(Set.of("p2"), hashes(index.except(Set.of("p1", "p3")).byContactKeys(Set.of("m1", "m3"), Set.of("a1"))));
    }
}
