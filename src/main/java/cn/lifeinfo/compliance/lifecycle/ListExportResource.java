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

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * LIFE-LIST-001: the core systems that serve customer-list downloads log each one and the holder's confirmation of
 * its destruction; inspectors and auditors see the lists overdue, and inspectors (or the scheduled job) turn them
 * into LIST_NOT_DESTROYED violations.
 */
@Path("/api/v1/lifecycle/list-exports")
@Produces(MediaType.APPLICATION_JSON)
public class ListExportResource {

    private final ListExports lists;
    private final Caller caller;

    public ListExportResource(ListExports lists, Caller caller) {
        this.lists = lists;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DECISION_CLIENT)
    @Operation(summary = "LIFE-LIST-001: log a downloaded customer list {downloadedBy, agentCode?, purpose, rowCount, "
            + "exportedAt?}; answers its destroyBy day")
    public Response log(ListExportRequests.Export body) {
        ListExportView view = lists.log(body, caller.user());
        return Response.created(URI.create("/api/v1/lifecycle/list-exports/" + view.exportId())).entity(view).build();
    }

    @POST
    @Path("{exportId}/destruction")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DECISION_CLIENT)
    @Operation(summary = "LIFE-LIST-001: confirm a logged list destroyed {destroyedOn?, method?}")
    public ListExportView destroyed(@PathParam("exportId") String exportId, ListExportRequests.Destruction body) {
        return lists.destroyed(exportId, body, caller.user());
    }

    @GET
    @Path("overdue")
    @RolesAllowed({Roles.INSPECTOR, Roles.AUDITOR})
    @Operation(summary = "LIFE-LIST-001: lists not destroyed within list.destroyWithinDays as of asOf (default "
            + "today), oldest first")
    public List<ListExportView> overdue(@QueryParam("asOf") String asOf,
                                        @QueryParam("limit") @DefaultValue("100") int limit) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate day = Inputs.day(errors, "asOf", asOf, lists.today(), true);
        if (limit < 1 || limit > 1000) {
            errors.add(new FieldError("limit", "from 1 to 1000"));
        }
        Inputs.reject("The query", errors);
        return lists.overdue(day, limit);
    }

    @POST
    @Path("overdue-check")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INSPECTOR)
    @Operation(summary = "LIFE-LIST-001: record one LIST_NOT_DESTROYED violation per overdue list of a registered "
            + "salesperson {asOf?}; repeating it records nothing twice")
    public ListExports.CheckResult check(ListExportRequests.Check body) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate day = Inputs.day(errors, "asOf", body == null ? null : body.asOf(), lists.today(), true);
        Inputs.reject("The check", errors);
        return lists.check(day, caller.user());
    }
}
