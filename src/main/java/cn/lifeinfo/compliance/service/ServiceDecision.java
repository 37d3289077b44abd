package cn.lifeinfo.compliance.service;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The response of POST /api/v1/decisions/service (API.md); {@code retentionUntil} for destruction and deletion. */
public record ServiceDecision(String decisionId, String rulesetVersion, String type, ServiceVerdict decision,
                              String ruleId,
                              List<Reason> reasons, Instant evaluatedAt,
                              @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate retentionUntil) {

    public record Reason(String ruleId, String messageZh, String messageEn) {
    }

    static ServiceDecision of(String decisionId, String rulesetVersion, String type, ServiceEngine.Outcome o,
                              Instant at) {
        return new ServiceDecision(decisionId, rulesetVersion, type, o.decision(), o.ruleId(),
                List.of(new Reason(o.ruleId(), o.messageZh(), o.messageEn())), at, o.retentionUntil());
    }
}
