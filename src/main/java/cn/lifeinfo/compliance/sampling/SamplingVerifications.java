package cn.lifeinfo.compliance.sampling;

import cn.lifeinfo.compliance.assessment.AssessmentRulesProvider;
import cn.lifeinfo.compliance.assessment.ViolationService;
import cn.lifeinfo.compliance.audit.DecisionAuditEntry;
import cn.lifeinfo.compliance.audit.DecisionAuditWriter;
import cn.lifeinfo.compliance.audit.DecisionRecords;
import cn.lifeinfo.compliance.audit.Writers;
import cn.lifeinfo.compliance.common.Failure;
import cn.lifeinfo.compliance.common.FieldError;
import cn.lifeinfo.compliance.common.Problem;
import cn.lifeinfo.compliance.common.ProblemException;
import cn.lifeinfo.compliance.common.TextLimits;
import cn.lifeinfo.compliance.common.Ulid;
import cn.lifeinfo.compliance.ruleset.RuleFamily;
import cn.lifeinfo.compliance.ruleset.RulesetRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Records the one verification of a sample item. The seller may not verify his own policy (GATE-SMP-002): such a
 * request is refused and only the refusal is recorded (a decision_audit row, family "sampling"). A policy found
 * false becomes a violation of the seller (GATE-SMP-003), a callback answered by a proxy a PROXY_CALLBACK violation
 * (GATE-CB-004), each of the type the service workbook names, in the verification's transaction.
 */
@ApplicationScoped
public class SamplingVerifications {

    public static final String SELF_VERIFICATION_RULE = "GATE-SMP-002";
    static final String REASON_ZH = "定期抽取保单核实客户信息真实性,销售人员不得单独直接核实";
    static final String REASON_EN = "Truthfulness verification sample; seller may not verify alone";

    /** The refusal as problem+json shows it: the rule, its decision and the catalog's reasons. */
    public record RuleRefusal(String field, String ruleId, String decision, String reasonZh, String reasonEn,
                              String message) {
    }

    private final ViolationService violations;
    private final AssessmentRulesProvider assessment;
    private final RulesetRegistry registry;
    private final DecisionAuditWriter audit;
    private final Writers writers;
    private final EntityManager em;
    private final ZoneId zone;

    public SamplingVerifications(ViolationService violations, AssessmentRulesProvider assessment,
                                 RulesetRegistry registry, DecisionAuditWriter audit, Writers writers,
                                 EntityManager em, @ConfigProperty(name = "compliance.zone") ZoneId zone) {
        this.violations = violations;
        this.assessment = assessment;
        this.registry = registry;
        this.audit = audit;
        this.writers = writers;
        this.em = em;
        this.zone = zone;
    }

    @Transactional
    public VerificationView verify(String itemId, VerificationRequest body, String user) {
        SamplingItem item = SamplingItem.findById(itemId);
        if (item == null) {
            throw new ProblemException(Problem.of(Failure.NOT_FOUND, "unknown-sample-item",
                    "No sample item " + itemId));
        }
        SamplingRun run = SamplingRun.findById(item.runId);
        VerificationRequest.Result result = read(body, run.kind);
        String verifier = body.verifierId().trim();
        if (item.agentCode != null && (item.agentCode.equalsIgnoreCase(verifier) || item.agentCode.equalsIgnoreCase(user))) {
            refuseSelfVerification(item, run);
        }
        if (SamplingVerification.findById(itemId) != null) {
            throw new ProblemException(Problem.of(Failure.CONFLICT, "already-verified",
                    "Sample item " + itemId + " has its verification; verifications are not changed"));
        }
        LocalDate today = LocalDate.now(zone);
        String type = violationType(result, run.kind, today);
        SamplingVerification v = new SamplingVerification();
        v.itemId = itemId;
        v.verifierId = verifier;
        v.result = result.name();
        v.note = body.note();
        v.enteredBy = user;
        v.verifiedAt = Instant.now();
        Boolean recorded = null;
        if (type != null && item.agentCode != null) {
            ViolationService.Recorded r = violations.recordFromSample(item.agentCode, today, type, item.policyHash,
                    item.policyNoMasked, itemId, user, body.note());
            v.violationId = r.violationId();
            v.violationType = type;
            recorded = r.recorded();
        }
        try {
            v.persist();
            em.flush();
        } catch (PersistenceException e) {
            // a concurrent verification of the same item won the primary key
            throw new ProblemException(Problem.of(Failure.CONFLICT, "already-verified",
                    "Sample item " + itemId + " has its verification; verifications are not changed"));
        }
        return VerificationView.of(item, run, v, recorded);
    }

    /**
     * The type the service workbook in force names for this finding, checked against the assessment workbook of
     * the day so that a violation always scores; null when the result is no violation.
     */
    private String violationType(VerificationRequest.Result result, SamplingKind kind, LocalDate today) {
        String key = switch (result) {
            case CONFIRMED -> null;
            case FALSE_INFO -> SamplingParameters.FALSE_INFO_TYPE;
            case PROXY_ANSWERED -> SamplingParameters.PROXY_CALLBACK_TYPE;
        };
        if (key == null) {
            return null;
        }
        String type = SamplingParameters.of(registry.active(RuleFamily.SERVICE)).violationType(key);
        if (assessment.inForceAt(today).type(type).isEmpty()) {
            throw new ProblemException(Problem.of(Failure.CONFLICT, "violation-type-unknown",
                    "参数 " + key + " = " + type + " 不是考核表中的违规类型 / the service workbook's " + key + " names "
                            + type + ", which the assessment workbook in force does not know; nothing was recorded"));
        }
        return type;
    }

    /** GATE-SMP-002 DENY: the refusal is audited (committed before the answer), the verification is not stored. */
    private void refuseSelfVerification(SamplingItem item, SamplingRun run) {
        DecisionRecords trail = new DecisionRecords();
        trail.add(audit.record(DecisionAuditEntry.of(Ulid.next(), "sampling", Instant.now(), run.rulesetVersion,
                item.policyHash, "DENY", null, SELF_VERIFICATION_RULE, run.kind.name(), item.hashKeyId)
                .forSampling(item.agentCode, item.businessDate, null, item.policyNoMasked, null)));
        trail.await(writers.commitTimeout());
        throw new ProblemException(Problem.of(Failure.FORBIDDEN, "self-verification",
                        SELF_VERIFICATION_RULE + " DENY: " + REASON_ZH + " / " + REASON_EN)
                .withErrors(List.of(new RuleRefusal("verifierId", SELF_VERIFICATION_RULE, "DENY", REASON_ZH,
                        REASON_EN, "the verifier is the policy's selling salesperson"))));
    }

    private static VerificationRequest.Result read(VerificationRequest body, SamplingKind kind) {
        if (body == null) {
            throw new ProblemException(Problem.of(Failure.INVALID, "invalid-body",
                    "The body must be a JSON object {verifierId, result, note?}"));
        }
        List<FieldError> errors = new ArrayList<>();
        if (body.verifierId() == null || body.verifierId().isBlank()) {
            errors.add(new FieldError("verifierId", "required"));
        }
        TextLimits.check(errors, "verifierId", body.verifierId(), 64);
        VerificationRequest.Result result = null;
        String known = Arrays.toString(VerificationRequest.Result.values());
        if (body.result() == null || body.result().isBlank()) {
            errors.add(new FieldError("result", "required: one of " + known));
        } else {
            try {
                result = VerificationRequest.Result.valueOf(body.result().trim());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("result", "one of " + known));
            }
        }
        if (result == VerificationRequest.Result.PROXY_ANSWERED && kind != SamplingKind.POST_CALLBACK) {
            errors.add(new FieldError("result", "PROXY_ANSWERED applies to POST_CALLBACK samples only"));
        }
        if (body.note() != null && body.note().length() > 1000) {
            errors.add(new FieldError("note", "at most 1000 characters"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.of(Failure.INVALID, "invalid-field",
                    "The verification is invalid: " + errors.get(0).field() + " " + errors.get(0).message())
                    .withErrors(errors));
        }
        return result;
    }
}
