package cn.lifeinfo.compliance.truthfulness.population;

import java.util.List;

/**
 * What the cross-record rules need of one policy, as keyed hashes (catalog §2.9). Phone keys exist only for
 * well-formed numbers that are neither placeholders nor service numbers. Not held for long: the in-memory population
 * keeps each agent code, channel and role once itself ({@link PopulationIndex}), so they are not interned here (a
 * client's arbitrary codes would only grow the JVM's string table).
 */
public record PolicyKeys(String policyHash, String agentCode, String channel, boolean inScope, String phIdKey,
                         String addressKey, String mobileKey, String landlineKey, List<PersonKeys> persons) {

    public record PersonKeys(String role, String idKey, String nameKey, String birthKey, boolean familyLink) {
    }

    /** A record without a policy number is judged but cannot join the population it would not be found in. */
    public boolean storable() {
        return inScope && !policyHash.startsWith(PolicyKeyer.UNKEYED);
    }

    /**
     * ID keys of the insured and beneficiaries linked to the policyholder by family (relatedness edges); a key may
     * repeat. Asked for every policy of every evaluation set's graph: a loop, not a stream.
     */
    public List<String> familyIds() {
        List<String> ids = List.of();
        for (PersonKeys p : persons) {
            if (p.familyLink()) {
                if (ids.isEmpty()) {
                    ids = new java.util.ArrayList<>(2);
                }
                ids.add(p.idKey());
            }
        }
        return ids;
    }
}
