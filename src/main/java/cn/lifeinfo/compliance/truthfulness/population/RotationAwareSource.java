package cn.lifeinfo.compliance.truthfulness.population;

import cn.lifeinfo.compliance.common.IdentifierHasher;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The population during a rotation of the hash key: stored policies carry keys of the previous key until they are
 * resubmitted. Every lookup asks for the current and the previous key's hash of each value, and what comes back is
 * reported under the current key's hashes, so the cross-record rules compare like with like. A stored value the
 * evaluation set does not hold keeps its previous key's hash (it is equal only to itself, which is all it needs).
 */
final class RotationAwareSource implements PopulationSource {

    private final PopulationSource stored;
    private final IdentifierHasher hasher;

    RotationAwareSource(PopulationSource stored, IdentifierHasher hasher) {
        this.stored = stored;
        this.hasher = hasher;
    }

    @Override
    public List<PolicyKeys> byContactKeys(Set<String> phoneKeys, Set<String> addressKeys) {
        return current(stored.byContactKeys(both(phoneKeys), both(addressKeys)));
    }

    @Override
    public List<PolicyKeys> byPolicyholderIds(Set<String> keys) {
        return current(stored.byPolicyholderIds(both(keys)));
    }

    @Override
    public List<PolicyKeys> byAddressKeys(Set<String> keys) {
        return current(stored.byAddressKeys(both(keys)));
    }

    @Override
    public List<PolicyKeys> byFamilyMemberIds(Set<String> idKeys) {
        return current(stored.byFamilyMemberIds(both(idKeys)));
    }

    @Override
    public Map<String, List<Person>> personsByIdKeys(Set<String> idKeys) {
        Map<String, List<Person>> result = new HashMap<>();
        stored.personsByIdKeys(both(idKeys)).forEach((id, persons) -> {
            List<Person> merged = result.computeIfAbsent(hasher.asCurrent(id), x -> new ArrayList<>());
            for (Person p : persons) {
                merged.add(new Person(hasher.asCurrent(p.policyHash()), p.role(), hasher.asCurrent(p.nameKey()),
                        hasher.asCurrent(p.birthKey())));
            }
        });
        return result;
    }

    private Set<String> both(Set<String> keys) {
        Set<String> all = new HashSet<>(keys);
        for (String k : keys) {
            String previous = hasher.previousOf(k);
            if (previous != null) {
                all.add(previous);
            }
        }
        return all;
    }

    private List<PolicyKeys> current(List<PolicyKeys> found) {
        List<PolicyKeys> result = new ArrayList<>(found.size());
        for (PolicyKeys k : found) {
            result.add(current(k, hasher));
        }
        return result;
    }

    /** The policy's keys as the current key has them, as far as their values were hashed lately. */
    static PolicyKeys current(PolicyKeys k, IdentifierHasher hasher) {
        List<PolicyKeys.PersonKeys> persons = new ArrayList<>(k.persons().size());
        for (PolicyKeys.PersonKeys p : k.persons()) {
            persons.add(new PolicyKeys.PersonKeys(p.role(), hasher.asCurrent(p.idKey()), hasher.asCurrent(p.nameKey()),
                    hasher.asCurrent(p.birthKey()), p.familyLink()));
        }
        return new PolicyKeys(hasher.asCurrent(k.policyHash()), k.agentCode(), k.channel(), k.inScope(),
                hasher.asCurrent(k.phIdKey()), hasher.asCurrent(k.addressKey()), hasher.asCurrent(k.mobileKey()),
                hasher.asCurrent(k.landlineKey()), persons);
    }
}
