package cn.lifeinfo.compliance.truthfulness.population;

import java.util.List;
import java.util.Set;

/**
 * What the cross-record rules need of one policy, as keyed hashes (catalog §2.9). Phone keys exist only for
 * well-formed numbers that are neither placeholders nor service numbers.
 */
public record PolicyKeys(String policyHash, String agentCode, String channel, boolean inScope, String phIdKey,
                         String addressKey, String mobileKey, String landlineKey, List<PersonKeys> persons) {

    public PolicyKeys {
        // a few thousand distinct values held by millions of policies: one instance each
        agentCode = agentCode == null ? null : agentCode.intern();
        channel = channel == null ? null : channel.intern();
    }

    public record PersonKeys(String role, String idKey, String nameKey, String birthKey, boolean familyLink) {

        public PersonKeys {
            role = role == null ? null : role.intern();
        }
    }

    /** A record without a policy number is judged but cannot join the population it would not be found in. */
    public boolean storable() {
        return inScope && !policyHash.startsWith(PolicyKeyer.UNKEYED);
    }

    /** ID keys of the insured and beneficiaries linked to the policyholder by family (relatedness edges). */
    public Set<String> familyIds() {
        return persons.stream().filter(PersonKeys::familyLink).map(PersonKeys::idKey)
                .collect(java.util.stream.Collectors.toSet());
    }
}
