package cn.lifeinfo.compliance.assessment;

import cn.lifeinfo.compliance.common.Failure;
import cn.lifeinfo.compliance.assessment.facts.AssessmentSink.DecisionRow;
import cn.lifeinfo.compliance.assessment.facts.CommissionCase;
import cn.lifeinfo.compliance.audit.DecisionAuditEntry;
import cn.lifeinfo.compliance.common.FieldError;
import cn.lifeinfo.compliance.common.IdentifierHasher;
import cn.lifeinfo.compliance.common.Problem;
import cn.lifeinfo.compliance.common.ProblemException;
import cn.lifeinfo.compliance.ruleset.RuleFamily;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * PEN-INT-000..004: Java reduces the policy's truthfulness status and its correction dates to a
 * {@link CommissionCase}; the sheet "佣金处理 Commission" decides.
 */
@ApplicationScoped
public class CommissionService {

    private final AssessmentRulesProvider rules;
    private final IdentifierHasher hasher;
    private final ZoneId zone;

    public CommissionService(AssessmentRulesProvider rules, IdentifierHasher hasher,
                             @ConfigProperty(name = "compliance.zone") ZoneId zone) {
        this.rules = rules;
        this.hasher = hasher;
        this.zone = zone;
    }

    public CommissionDecision decide(CommissionRequest r) {
        if (r == null) {
            throw new ProblemException(Problem.of(Failure.INVALID, "invalid-body",
                    "The body must be a JSON object {policyNo, truthfulnessOverall?, commissionAlreadyPaid, …}"));
        }
        if (r.policyNo() == null || r.policyNo().isBlank()) {
            throw Dates.invalid("policyNo", "required");
        }
        LocalDate asOf = Dates.notFuture(r.asOf(), "asOf", zone, true);
        String overall = r.truthfulnessOverall();
        String decisionId = null;
        LocalDate decisionDate = null;
        if (overall == null) {
            DecisionAuditEntry latest = DecisionAuditEntry.find(
                    "family = ?1 and subjectHash in ?2 order by evaluatedAt desc",
                    RuleFamily.TRUTHFULNESS.id(), hasher.hashes(r.policyNo().trim())).firstResult();
            if (latest == null) {
                throw Dates.unprocessable("no-truthfulness-decision",
                        "No stored truthfulness decision for this policy; give truthfulnessOverall",
                        List.of(new FieldError("truthfulnessOverall", "required when the policy has no decision")));
            }
            overall = latest.outcome;
            decisionId = latest.decisionId;
            decisionDate = LocalDate.ofInstant(latest.evaluatedAt, zone);
        } else if (!overall.equals("PASS") && !overall.equals("FAIL")) {
            throw Dates.invalid("truthfulnessOverall", "PASS or FAIL");
        }
        LocalDate corrected = r.correctedDate() == null ? null : Dates.notFuture(r.correctedDate(), "correctedDate", zone, false);
        boolean infoIssue = overall.equals("FAIL") || corrected != null;
        AssessmentRules inForce = rules.inForceAt(asOf);
        LocalDate deadline = null;
        if (infoIssue) {
            if (r.correctionDeadline() != null) {
                deadline = parse(r.correctionDeadline(), "correctionDeadline");
            } else {
                LocalDate issued = r.issueDate() != null ? Dates.notFuture(r.issueDate(), "issueDate", zone, false)
                        : decisionDate;
                if (issued == null) {
                    throw Dates.invalid("issueDate", "required when the truthfulness status is given without a stored decision");
                }
                deadline = issued.plusDays(inForce.correctionDeadlineDays());
            }
        }
        if (r.commissionAlreadyPaid() == null) {
            throw Dates.invalid("commissionAlreadyPaid", "required (true or false)");
        }
        boolean correctedByAsOf = corrected != null && !corrected.isAfter(asOf);
        boolean onTime = infoIssue && correctedByAsOf && !corrected.isAfter(deadline);
        boolean overdue = infoIssue && !onTime && (correctedByAsOf || asOf.isAfter(deadline));
        CommissionCase c = new CommissionCase(infoIssue, r.commissionAlreadyPaid(),
                Boolean.TRUE.equals(r.intermediaryRefused()), overdue, onTime);
        DecisionRow row = inForce.commission(c);
        if (row == null) {
            throw Dates.unprocessable("no-commission-rule",
                    "No row of sheet 佣金处理 Commission (" + inForce.label() + ") applies to this case", List.of());
        }
        return new CommissionDecision(r.policyNo(), inForce.label(), asOf.toString(), row.outcome(), row.ruleId(),
                row.messageZh(), row.messageEn(), overall, decisionId, deadline == null ? null : deadline.toString(),
                Instant.now().toString());
    }

    private static LocalDate parse(String value, String field) {
        try {
            return LocalDate.parse(value.trim());
        } catch (RuntimeException e) {
            throw Dates.invalid(field, "not a date in the form YYYY-MM-DD");
        }
    }
}
