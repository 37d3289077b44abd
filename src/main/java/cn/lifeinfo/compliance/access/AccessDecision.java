package cn.lifeinfo.compliance.access;

import java.time.Instant;
import java.util.List;

/** The response of POST /api/v1/decisions/access (API.md). */
public record AccessDecision(String decisionId, String rulesetVersion, AccessVerdict decision, String ruleId,
                             List<Reason> reasons, List<String> mask, Instant evaluatedAt) {

    public record Reason(String ruleId, String messageZh, String messageEn) {
    }

    static AccessDecision of(String decisionId, String rulesetVersion, AccessEngine.Outcome o, Instant at) {
        return new AccessDecision(decisionId, rulesetVersion, o.decision(), o.ruleId(),
                List.of(new Reason(o.ruleId(), o.messageZh(), o.messageEn())), o.mask(), at);
    }
}
