package cn.lifeinfo.compliance.truthfulness.population;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stored population as cross-record analysis reads it: policies and persons found by keyed hashes. At most
 * {@link #ROWS_PER_KEY} policies are returned per looked-up key: a phone or address shared by hundreds of policies
 * is reported as shared on a sample (the rules need "≥ 3 unrelated", not the exact count), and one pathological
 * key cannot make every decision read the whole population.
 */
public interface PopulationSource {

    int ROWS_PER_KEY = 100;

    /** Policies sharing a phone key (mobile or landline) or a full-address key with the evaluation set. */
    List<PolicyKeys> byContactKeys(Set<String> phoneKeys, Set<String> addressKeys);

    List<PolicyKeys> byPolicyholderIds(Set<String> keys);

    List<PolicyKeys> byAddressKeys(Set<String> keys);

    /** Policies in which one of {@code idKeys} is an insured or beneficiary with a family relationship. */
    List<PolicyKeys> byFamilyMemberIds(Set<String> idKeys);

    /** Every stored person carrying one of the ID keys (TRU-XREC-004). */
    Map<String, List<Person>> personsByIdKeys(Set<String> idKeys);

    /**
     * The same lookups without the given policies (an evaluation set, which replaces them): each lookup still reads
     * at most {@link #ROWS_PER_KEY} policies per key, those left out included. A source that can tell them apart
     * before building them overrides this.
     */
    default PopulationSource except(Set<String> policyHashes) {
        PopulationSource all = this;
        return new PopulationSource() {
            @Override
            public List<PolicyKeys> byContactKeys(Set<String> phoneKeys, Set<String> addressKeys) {
                return others(all.byContactKeys(phoneKeys, addressKeys));
            }

            @Override
            public List<PolicyKeys> byPolicyholderIds(Set<String> keys) {
                return others(all.byPolicyholderIds(keys));
            }

            @Override
            public List<PolicyKeys> byAddressKeys(Set<String> keys) {
                return others(all.byAddressKeys(keys));
            }

            @Override
            public List<PolicyKeys> byFamilyMemberIds(Set<String> idKeys) {
                return others(all.byFamilyMemberIds(idKeys));
            }

            @Override
            public Map<String, List<Person>> personsByIdKeys(Set<String> idKeys) {
                Map<String, List<Person>> found = new java.util.HashMap<>(all.personsByIdKeys(idKeys));
                found.replaceAll((id, persons) -> persons.stream()
                        .filter(p -> !policyHashes.contains(p.policyHash())).toList());
                return found;
            }

            private List<PolicyKeys> others(List<PolicyKeys> found) {
                return found.stream().filter(k -> !policyHashes.contains(k.policyHash())).toList();
            }
        };
    }

    record Person(String policyHash, String role, String nameKey, String birthKey) {
    }
}
