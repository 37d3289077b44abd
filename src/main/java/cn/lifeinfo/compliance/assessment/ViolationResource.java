package cn.lifeinfo.compliance.assessment;

import cn.lifeinfo.compliance.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import cn.lifeinfo.compliance.identity.Caller;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/** Violations of one agent: manual entry (who entered it: the token's user) and listing. */
@Path("/api/v1/agents/{agentCode}/violations")
@Produces(MediaType.APPLICATION_JSON)
public class ViolationResource {

    private final ViolationService violations;
    private final AssessmentRulesProvider rules;
    private final Caller user;

    public ViolationResource(ViolationService violations, AssessmentRulesProvider rules, Caller user) {
        this.violations = violations;
        this.rules = rules;
        this.user = user;
    }

    @RolesAllowed(Roles.INSPECTOR)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(@PathParam("agentCode") String agentCode, ViolationRequest body) {
        violations.flushDerived(); // before recordManual's transaction, whose snapshot would not see them
        ViolationEntity e = violations.recordManual(agentCode, body, user.user());
        int points = rules.inForceAt(e.date).type(e.type).map(t -> t.points()).orElse(0);
        return Response.created(URI.create("/api/v1/agents/" + agentCode + "/violations/" + e.violationId))
                .entity(ViolationView.of(e, points, null, null)).build();
    }

    @RolesAllowed({Roles.INSPECTOR, Roles.MANAGER, Roles.AUDITOR})
    @GET
    public List<ViolationView> list(@PathParam("agentCode") String agentCode) {
        violations.requireAgent(agentCode, user.branchScope());
        return violations.ofAgent(agentCode).stream().map(v -> ViolationView.of(v, null, null, null))
                .map(v -> user.mayReadInspectorNotes() ? v : v.withoutNote()).toList();
    }
}
