package cn.lifeinfo.compliance.commission;

import cn.lifeinfo.compliance.identity.Caller;
import cn.lifeinfo.compliance.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;

/** PEN-INT-005: commission payment runs, the review unit's sign-off, and payment only after it. */
@Path("/api/v1/commission/payment-runs")
@Produces(MediaType.APPLICATION_JSON)
public class PaymentRunResource {

    private final PaymentRunService runs;
    private final Caller caller;

    public PaymentRunResource(PaymentRunService runs, Caller caller) {
        this.runs = runs;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DECISION_CLIENT)
    @Operation(summary = "PEN-INT-005: submit a commission payment run {period, intermediaryId, lines: [{policyNo, "
            + "amount}]}; it waits for the truthfulness review unit's sign-off")
    public Response create(PaymentRunRequest body) {
        PaymentRunView run = runs.create(body, caller.user());
        return Response.created(URI.create("/api/v1/commission/payment-runs/" + run.runId())).entity(run).build();
    }

    @GET
    @Path("{runId}")
    @RolesAllowed({Roles.DECISION_CLIENT, Roles.INSPECTOR, Roles.AUDITOR})
    @Operation(summary = "A payment run with its status and append-only history")
    public PaymentRunView get(@PathParam("runId") String runId) {
        return runs.get(runId);
    }

    /** Body optional: {note}. */
    @POST
    @Path("{runId}/sign-off")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INSPECTOR)
    @Operation(summary = "PEN-INT-005: the truthfulness review unit (role inspector) signs the run off; never its "
            + "creator")
    public PaymentRunView signOff(@PathParam("runId") String runId, SignOff body) {
        return runs.signOff(runId, caller.user(), body == null ? null : body.note());
    }

    @POST
    @Path("{runId}/payment")
    @RolesAllowed(Roles.DECISION_CLIENT)
    @Operation(summary = "PEN-INT-005: pay a signed-off run (→ PAID); before the sign-off 409 naming PEN-INT-005")
    public PaymentRunView pay(@PathParam("runId") String runId) {
        return runs.pay(runId, caller.user());
    }

    public record SignOff(String note) {
    }
}
