package cn.lifeinfo.compliance.sampling;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A drawn policy. {@code policyNo} (opened from its seal) is shown to inspectors only, who fetch the application
 * form with it; everyone else sees {@code policyNoMasked}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ItemView(String itemId, String runId, String policyNo, String policyNoMasked, String agentCode,
                      String businessDate, String reason, String decisionId, VerificationView verification) {
}
