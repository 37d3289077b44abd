package cn.lifeinfo.compliance.lifecycle;

import cn.lifeinfo.compliance.common.FieldError;
import cn.lifeinfo.compliance.identity.Caller;
import cn.lifeinfo.compliance.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * LIFE-UPD-001: inspectors (or the daily job) run the re-verification check; core systems report failed
 * notifications, find a customer's tasks by his ID number and complete them.
 */
@Path("/api/v1/lifecycle")
@Produces(MediaType.APPLICATION_JSON)
public class ReverificationResource {

    private final Reverification reverification;
    private final Caller caller;
    private final ZoneId zone;

    public ReverificationResource(Reverification reverification, Caller caller,
                                  @ConfigProperty(name = "compliance.zone") ZoneId zone) {
        this.reverification = reverification;
        this.caller = caller;
        this.zone = zone;
    }

    @POST
    @Path("reverification-runs")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INSPECTOR)
    @Operation(summary = "LIFE-UPD-001: create a task for every stored customer due for re-verification on asOf "
            + "(default today); repeating a run creates nothing")
    public Reverification.RunResult run(ReverificationRequests.Run body) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate asOf = Inputs.day(errors, "asOf", body == null ? null : body.asOf(), LocalDate.now(zone), true);
        Inputs.reject("The run", errors);
        return reverification.run(asOf, caller.user());
    }

    @POST
    @Path("reverification-tasks/notification-failures")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DECISION_CLIENT)
    @Operation(summary = "LIFE-UPD-001: a notice to the customer failed {idNumber, failedOn, channel?} → 201 with a "
            + "new task, or 200 with the customer's open task or this year's failure task")
    public Response notificationFailed(ReverificationRequests.NotificationFailure body) {
        Reverification.Reported reported = reverification.notificationFailed(body, caller.user());
        return Response.status(reported.created() ? 201 : 200).entity(reported.task()).build();
    }

    @GET
    @Path("reverification-tasks")
    @RolesAllowed({Roles.DECISION_CLIENT, Roles.INSPECTOR, Roles.AUDITOR})
    @Operation(summary = "LIFE-UPD-001: open tasks, earliest due first, optionally of one salesperson's customers")
    public List<ReverificationTaskView> open(@QueryParam("agentCode") String agentCode,
                                             @QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > 1000) {
            Inputs.reject("The query", List.of(new FieldError("limit", "from 1 to 1000")));
        }
        return reverification.open(agentCode, limit);
    }

    @POST
    @Path("reverification-tasks/search")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DECISION_CLIENT, Roles.INSPECTOR})
    @Operation(summary = "LIFE-UPD-001: the tasks of one customer {idNumber} (matched by its keyed hash; the number "
            + "is neither stored nor logged)")
    public List<ReverificationTaskView> search(ReverificationRequests.Search body) {
        return reverification.ofCustomer(body);
    }

    @POST
    @Path("reverification-tasks/{taskId}/completion")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DECISION_CLIENT)
    @Operation(summary = "LIFE-UPD-001: the customer was verified {completedOn?, outcome: VERIFIED|UPDATED|UNREACHABLE}")
    public ReverificationTaskView complete(@PathParam("taskId") String taskId,
                                           ReverificationRequests.Completion body) {
        return reverification.complete(taskId, body, caller.user());
    }
}
