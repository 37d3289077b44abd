package cn.lifeinfo.compliance.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What to do with a policy's commission, and why. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommissionDecision(String policyNo, String rulesetVersion, String asOf, String action, String ruleId,
                                 String messageZh, String messageEn, String truthfulnessOverall,
                                 String truthfulnessDecisionId, String correctionDeadline, String evaluatedAt) {
}
