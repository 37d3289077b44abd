package cn.lifeinfo.compliance.assessment;

import cn.lifeinfo.compliance.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import cn.lifeinfo.compliance.identity.Caller;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.ZoneId;

/** One agent's score on a date, and its history for the managers' chart. */
@Path("/api/v1/agents/{agentCode}/score")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INSPECTOR, Roles.MANAGER, Roles.AUDITOR})
public class ScoreResource {

    private final AssessmentService assessment;
    private final ZoneId zone;
    private final Caller caller;

    public ScoreResource(AssessmentService assessment, @ConfigProperty(name = "compliance.zone") ZoneId zone,
                         Caller caller) {
        this.assessment = assessment;
        this.zone = zone;
        this.caller = caller;
    }

    @GET
    public AgentScoreView score(@PathParam("agentCode") String agentCode, @QueryParam("asOf") String asOf) {
        AgentScoreView score = assessment.score(agentCode, Dates.notFuture(asOf, "asOf", zone, true),
                caller.branchScope());
        return caller.mayReadInspectorNotes() ? score : score.withoutNotes();
    }

    @GET
    @Path("history")
    public HistoryView history(@PathParam("agentCode") String agentCode, @QueryParam("to") String to) {
        return assessment.history(agentCode, Dates.notFuture(to, "to", zone, true), caller.branchScope());
    }
}
