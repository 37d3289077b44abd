package cn.lifeinfo.compliance.truthfulness.population;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The compact index against the plainest model of what it holds (a map of policy hash → keys): after thousands of
 * random submissions, resubmissions with other keys and removals over a small pool of shared keys, every lookup
 * answers what the model says.
 */
class PopulationIndexModelTest {

    private final Random random = new Random(2026);
    private final List<String> pool = new ArrayList<>();

    private String pick() {
        return pool.get(random.nextInt(pool.size()));
    }

    private String maybe() {
        return random.nextInt(5) == 0 ? null : pick();
    }

    private PolicyKeys policy(String hash) {
        List<PolicyKeys.PersonKeys> persons = new ArrayList<>();
        String ph = pick();
        persons.add(new PolicyKeys.PersonKeys("policyholder", ph, maybe(), maybe(), false));
        for (int i = 0; i < random.nextInt(3); i++) {
            persons.add(new PolicyKeys.PersonKeys(i == 0 ? "insured" : "beneficiary[" + i + "]", pick(), maybe(),
                    maybe(), random.nextBoolean()));
        }
        return new PolicyKeys(hash, "A" + random.nextInt(5), random.nextBoolean() ? "AGENCY" : null,
                random.nextInt(6) > 0, ph, maybe(), maybe(), maybe(), List.copyOf(persons));
    }

    @Test
    void everyLookupAgreesWithTheModel() {
        for (int i = 0; i < 60; i++) {
            byte[] b = new byte[32];
            random.nextBytes(b);
            pool.add(i % 10 == 0 ? "odd-key-" + i : HexFormat.of().formatHex(b));
        }
        List<String> hashes = new ArrayList<>(pool.subList(0, 40));
        PopulationIndex index = new PopulationIndex();
        Map<String, PolicyKeys> model = new HashMap<>();
        for (int step = 0; step < 5000; step++) {
            List<PolicyKeys> batch = new ArrayList<>();
            for (int j = 0; j < 1 + random.nextInt(4); j++) {
                PolicyKeys k = policy(hashes.get(random.nextInt(hashes.size())));
                batch.add(k);
                if (k.storable()) {
                    model.put(k.policyHash(), k);
                } else {
                    model.remove(k.policyHash());
                }
            }
            index.apply(batch);
        }
        assertEquals(model.size(), index.size());
        for (String key : pool) {
            Set<String> one = Set.of(key);
            assertEquals(expect(model, k -> key.equals(k.mobileKey()) || key.equals(k.landlineKey())
                    || key.equals(k.addressKey())), found(index.byContactKeys(one, one)), "contact " + key);
            assertEquals(expect(model, k -> key.equals(k.phIdKey())), found(index.byPolicyholderIds(one)), key);
            assertEquals(expect(model, k -> key.equals(k.addressKey())), found(index.byAddressKeys(one)), key);
            assertEquals(expect(model, k -> k.persons().stream().anyMatch(p -> p.familyLink() && key.equals(p.idKey()))),
                    found(index.byFamilyMemberIds(one)), key);
            long persons = model.values().stream().flatMap(k -> k.persons().stream()).filter(p -> key.equals(p.idKey()))
                    .count();
            assertEquals(persons, index.personsByIdKeys(one).getOrDefault(key, List.of()).size(), key);
        }
        for (PolicyKeys k : model.values()) {
            assertEquals(k, index.byPolicyholderIds(Set.of(k.phIdKey())).stream()
                    .filter(x -> x.policyHash().equals(k.policyHash())).findFirst().orElseThrow(), "decoded as stored");
        }
    }

    private static Set<String> expect(Map<String, PolicyKeys> model, java.util.function.Predicate<PolicyKeys> matches) {
        return model.values().stream().filter(matches).map(PolicyKeys::policyHash).collect(Collectors.toSet());
    }

    private static Set<String> found(List<PolicyKeys> keys) {
        return new HashSet<>(keys.stream().map(PolicyKeys::policyHash).toList());
    }
}
