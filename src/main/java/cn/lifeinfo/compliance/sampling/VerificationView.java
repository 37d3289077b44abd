package cn.lifeinfo.compliance.sampling;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A recorded verification and the violation it led to, if any.
 *
 * @param violationRecorded false when the policy already had a violation of that type (once per policy and type)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VerificationView(String itemId, String runId, String kind, String ruleId, String verifierId,
                               String result, String note, String enteredBy, String verifiedAt, String violationId,
                               String violationType, String violationRuleId, Boolean violationRecorded) {

    static VerificationView of(SamplingItem item, SamplingRun run, SamplingVerification v, Boolean recorded) {
        return new VerificationView(item.itemId, run.runId, run.kind.name(), run.kind.ruleId(), v.verifierId,
                v.result, v.note, v.enteredBy, v.verifiedAt.toString(), v.violationId, v.violationType,
                v.violationType == null ? null : violationRule(run.kind, v.result), recorded);
    }

    /** FALSE_INFO is GATE-SMP-003 whatever the sample; a proxy found by a post-callback check is GATE-CB-004. */
    static String violationRule(SamplingKind kind, String result) {
        return VerificationRequest.Result.PROXY_ANSWERED.name().equals(result) ? SamplingKind.POST_CALLBACK.ruleId()
                : "GATE-SMP-003";
    }

    VerificationView withoutNote() {
        return new VerificationView(itemId, runId, kind, ruleId, verifierId, result, null, enteredBy, verifiedAt,
                violationId, violationType, violationRuleId, violationRecorded);
    }
}
