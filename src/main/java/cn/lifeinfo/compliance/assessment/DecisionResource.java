package cn.lifeinfo.compliance.assessment;

import cn.lifeinfo.compliance.common.Failure;
import cn.lifeinfo.compliance.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import cn.lifeinfo.compliance.assessment.facts.AssessmentSink.DecisionRow;
import cn.lifeinfo.compliance.common.Problem;
import cn.lifeinfo.compliance.common.ProblemException;
import cn.lifeinfo.compliance.metrics.DecisionTelemetry;
import cn.lifeinfo.compliance.registry.AgentView;
import cn.lifeinfo.compliance.registry.ContactKeys;
import cn.lifeinfo.compliance.registry.RegistryService;
import cn.lifeinfo.compliance.ruleset.RuleFamily;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Commission actions for intermediaries (PEN-INT-000..004) and the hiring check (PEN-STAFF-007, -008). */
@Path("/api/v1/decisions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.DECISION_CLIENT)
public class DecisionResource {

    private final CommissionService commission;
    private final AssessmentService assessment;
    private final AssessmentRulesProvider rules;
    private final ContactKeys keys;
    private final ZoneId zone;
    private final DecisionTelemetry telemetry;
    private final RegistryService registry;

    public DecisionResource(CommissionService commission, AssessmentService assessment, AssessmentRulesProvider rules,
                            ContactKeys keys, @ConfigProperty(name = "compliance.zone") ZoneId zone,
                            DecisionTelemetry telemetry, RegistryService registry) {
        this.registry = registry;
        this.telemetry = telemetry;
        this.commission = commission;
        this.assessment = assessment;
        this.rules = rules;
        this.keys = keys;
        this.zone = zone;
    }

    @POST
    @Path("commission")
    public CommissionDecision commission(CommissionRequest body) {
        long started = System.nanoTime();
        CommissionDecision decision = commission.decide(body);
        observe(started, decision.rulesetVersion(), decision.action(), decision.ruleId());
        return decision;
    }

    /**
     * Body {idNumber?, agentCode?, commitmentSignedOn?}: is the candidate on the no-rehire list (an agent of ours with
     * NO_REHIRE, PEN-STAFF-008), and has he signed the truthfulness commitment (PEN-STAFF-007; the body's date, else
     * the registry's for agentCode)?
     */
    @POST
    @Path("hiring")
    public HiringDecision hiring(HiringRequest body) {
        long started = System.nanoTime();
        if (body == null || (blank(body.idNumber()) && blank(body.agentCode()))) {
            throw new ProblemException(Problem.of(Failure.INVALID, "invalid-body",
                    "Give the candidate's idNumber (and/or a former agentCode)"));
        }
        LocalDate today = LocalDate.now(zone);
        List<String> matches = assessment.noRehireMatches(blank(body.idNumber()) ? null : keys.idKey(body.idNumber()),
                blank(body.agentCode()) ? null : body.agentCode().trim(), today);
        AssessmentRules inForce = rules.inForceAt(today);
        LocalDate signedOn = commitmentSignedOn(body);
        DecisionRow row = inForce.hiring(!matches.isEmpty());
        if (row == null) {
            throw Dates.unprocessable("no-hiring-rule",
                    "No row of sheet 聘用检查 Hiring (" + inForce.label() + ") applies", List.of());
        }
        if (!"DENY".equals(row.outcome()) && !CommitmentRequirement.met(signedOn, today)) {
            row = new DecisionRow(CommitmentRequirement.RULE_ID, "DENY", CommitmentRequirement.MESSAGE_ZH,
                    CommitmentRequirement.MESSAGE_EN);
        }
        HiringDecision decision = new HiringDecision(inForce.label(), row.outcome(), row.ruleId(), row.messageZh(),
                row.messageEn(), matches, signedOn == null ? null : signedOn.toString(), Instant.now().toString());
        observe(started, decision.rulesetVersion(), decision.decision(), decision.ruleId());
        return decision;
    }

    /** Commission and hiring decisions have no decision id: they are answered, not stored. */
    private void observe(long started, String version, String outcome, String ruleId) {
        long nanos = System.nanoTime() - started;
        String family = RuleFamily.ASSESSMENT.id();
        telemetry.latency(family, "single", nanos);
        telemetry.decided(family, "-", version, outcome, null, nanos);
        telemetry.finding(family, ruleId, outcome);
    }

    private LocalDate commitmentSignedOn(HiringRequest body) {
        if (!blank(body.commitmentSignedOn())) {
            return Dates.notFuture(body.commitmentSignedOn(), "commitmentSignedOn", zone, false);
        }
        if (blank(body.agentCode())) {
            return null;
        }
        return registry.agent(body.agentCode().trim()).map(AgentView::commitmentSignedOn).filter(d -> !blank(d))
                .map(LocalDate::parse).orElse(null);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public record HiringRequest(String idNumber, String agentCode, String commitmentSignedOn) {
    }

    public record HiringDecision(String rulesetVersion, String decision, String ruleId, String messageZh,
                                 String messageEn, List<String> noRehireAgentCodes, String commitmentSignedOn,
                                 String evaluatedAt) {
    }
}
