package cn.lifeinfo.compliance.access;

import cn.lifeinfo.compliance.common.Failure;
import cn.lifeinfo.compliance.audit.DecisionRecords;
import cn.lifeinfo.compliance.audit.Writers;
import java.util.concurrent.CompletionStage;

import cn.lifeinfo.compliance.common.IdentifierHasher;
import cn.lifeinfo.compliance.common.Problem;
import cn.lifeinfo.compliance.common.ProblemException;
import cn.lifeinfo.compliance.common.Ulid;
import cn.lifeinfo.compliance.common.FieldError;
import cn.lifeinfo.compliance.metrics.DecisionTelemetry;
import cn.lifeinfo.compliance.ruleset.CompiledRuleset;
import cn.lifeinfo.compliance.ruleset.RuleFamily;
import cn.lifeinfo.compliance.ruleset.RulesetRegistry;
import jakarta.enterprise.context.ApplicationScoped;


import java.time.Instant;
import java.util.List;

/** Decides an access request with the rules in force and logs it (ACC-AUD-001). */
@ApplicationScoped
public class AccessService {

    private final RulesetRegistry registry;
    private final AccessLogWriter log;
    private final Writers writers;
    private final IdentifierHasher hasher;
    private final DecisionTelemetry telemetry;
    private final AccessEngine engine = new AccessEngine();

    public AccessService(RulesetRegistry registry, AccessLogWriter log, Writers writers, IdentifierHasher hasher,
                         DecisionTelemetry telemetry) {
        this.telemetry = telemetry;
        this.writers = writers;
        this.registry = registry;
        this.log = log;
        this.hasher = hasher;
    }

    /** Completes once the decision's ACC-AUD-001 row is committed: a PERMIT is never answered without its log row. */
    public CompletionStage<AccessDecision> decide(AccessRequest request) {
        long started = System.nanoTime();
        if (request == null) {
            throw new ProblemException(Problem.of(Failure.INVALID, "invalid-body",
                    "The body must be a JSON object holding one access request"));
        }
        List<FieldError> problems = request.problems();
        if (!problems.isEmpty()) {
            throw new ProblemException(Problem.of(Failure.INVALID, "invalid-access-request",
                    "The access request cannot be decided: " + problems.get(0).field()).withErrors(problems));
        }
        CompiledRuleset rules = registry.active(RuleFamily.ACCESS);
        AccessEngine.Outcome outcome = engine.decide(rules, request);
        String decisionId = Ulid.next();
        Instant now = Instant.now();
        AccessDecision decision = AccessDecision.of(decisionId, rules.label(), outcome, now);
        DecisionRecords trail = new DecisionRecords();
        trail.add(log.record(logRow(decisionId, now, rules.label(), request, outcome)));
        return trail.all(writers.commitTimeout()).thenApply(committed -> {
            long nanos = System.nanoTime() - started;
            String family = RuleFamily.ACCESS.id();
            telemetry.latency(family, "single", nanos);
            telemetry.decided(family, decisionId, rules.label(), outcome.decision().name(), null, nanos);
            telemetry.finding(family, outcome.ruleId(), outcome.decision().name());
            if (!outcome.permitted()) {
                telemetry.accessDenied(outcome.ruleId());
            }
            return decision;
        });
    }

    private AccessDecisionLog logRow(String decisionId, Instant at, String version, AccessRequest request,
                                     AccessEngine.Outcome outcome) {
        AccessRequest.Subject s = request.subject();
        AccessRequest.Resource r = request.resource();
        AccessDecisionLog row = new AccessDecisionLog();
        row.decisionId = decisionId;
        row.evaluatedAt = at;
        row.rulesetVersion = version;
        row.userId = cut(s.userId().trim(), 64);
        row.role = cut(s.role(), 64);
        row.agentCode = cut(s.agentCode(), 64);
        row.orgType = cut(s.orgType(), 32);
        row.action = request.action();
        row.purpose = request.purpose();
        row.customerHash = hasher.hash(blankToNull(r.customerId()));
        row.policyHash = hasher.hash(blankToNull(r.policyNo()));
        row.hashKeyId = hasher.keyId();
        row.resourceBranch = cut(r.branchCode(), 32);
        row.fields = cut(String.join(",", r.fields()), 1000);
        row.decision = outcome.decision().name();
        row.ruleId = cut(outcome.ruleId(), 40); // ids come from the sheet: never let one poison the log batch
        row.mask = outcome.mask().isEmpty() ? null : cut(String.join(",", outcome.mask()), 1000);
        return row;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
