package cn.lifeinfo.compliance.screening;

import java.util.List;

/** What deciding one chunk produced: its counts per branch, channel, agent and rule id, and its defective policies. */
public record ChunkResult(int screened, int defective, int review, String rulesetVersion, List<Count> counts,
                          List<Defect> defects) {

    /**
     * Counts of one key of one dimension (BRANCH, CHANNEL, AGENT, RULE): records with that key, of which defective
     * (overall FAIL) and to review (WARN findings only); for RULE, records = policies with the rule and findings =
     * the number of findings.
     */
    public record Count(String dimension, String key, String label, int records, int defective, int review,
                        int findings) {
    }

    /** A policy to correct, personal fields masked. */
    public record Defect(int lineNo, String policyNo, String branchCode, String channel, String agentCode,
                         String overall, String underwritingGate, String ruleIds, String reasonsZh, String nameMasked,
                         String idMasked, String mobileMasked) {
    }
}
