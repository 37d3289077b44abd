package cn.lifeinfo.compliance.branch;

import cn.lifeinfo.compliance.common.FieldError;
import cn.lifeinfo.compliance.identity.Caller;
import cn.lifeinfo.compliance.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * PEN-BR-001 (annual inspection of every branch) and PEN-BR-002 (remediation by the deadline, else sanctions).
 * Inspectors open, record and check; managers read their own branches' inspections; auditors read all.
 */
@Path("/api/v1/branches/inspections")
@Produces(MediaType.APPLICATION_JSON)
public class InspectionResource {

    private final InspectionService inspections;
    private final SanctionCheck sanctions;
    private final Caller caller;
    private final ZoneId zone;

    public InspectionResource(InspectionService inspections, SanctionCheck sanctions, Caller caller,
                              @ConfigProperty(name = "compliance.zone") ZoneId zone) {
        this.inspections = inspections;
        this.sanctions = sanctions;
        this.caller = caller;
        this.zone = zone;
    }

    @POST
    @RolesAllowed(Roles.INSPECTOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "PEN-BR-001: open the year's inspection task of every known branch (idempotent per branch and year)")
    public InspectionView.Opened open(InspectionRequests.Open body) {
        return inspections.open(body, caller.user());
    }

    @GET
    @RolesAllowed({Roles.INSPECTOR, Roles.MANAGER, Roles.AUDITOR})
    @Operation(summary = "Inspections with their findings, remediation and PEN-BR-002 sanctions (a manager: his branches)")
    public List<InspectionView> list(@QueryParam("year") String year, @QueryParam("branchCode") String branchCode) {
        List<FieldError> errors = new ArrayList<>();
        Integer y = year == null || year.isBlank() ? null
                : Params.number(errors, "year", year, 0, InspectionService.FIRST_YEAR, 9999);
        Params.throwIfAny(errors, "The query");
        return inspections.list(y, BranchFilter.of(caller.branchScope(), branchCode));
    }

    @GET
    @Path("/{inspectionId}")
    @RolesAllowed({Roles.INSPECTOR, Roles.MANAGER, Roles.AUDITOR})
    @Operation(summary = "One inspection with its findings and sanctions")
    public InspectionView one(@PathParam("inspectionId") String inspectionId) {
        return inspections.one(inspectionId, caller.branchScope());
    }

    @POST
    @Path("/{inspectionId}/findings")
    @RolesAllowed(Roles.INSPECTOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "PEN-BR-001: record a finding with its remediation deadline and the persons accountable")
    public Response finding(@PathParam("inspectionId") String inspectionId, InspectionRequests.Finding body) {
        InspectionView.FindingView f = inspections.addFinding(inspectionId, body, caller.user());
        return Response.created(URI.create("/api/v1/branches/inspections/" + inspectionId)).entity(f).build();
    }

    @POST
    @Path("/findings/{findingId}/remediation")
    @RolesAllowed(Roles.INSPECTOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "PEN-BR-002: record a finding's remediation (once) with its date and evidence")
    public InspectionView.FindingView remediation(@PathParam("findingId") String findingId,
                                                  InspectionRequests.Remediation body) {
        return inspections.remediate(findingId, body, caller.user());
    }

    @POST
    @Path("/sanction-check")
    @RolesAllowed(Roles.INSPECTOR)
    @Operation(summary = "PEN-BR-002: sanction every finding not remediated by its deadline as of a date (default today;"
            + " also run nightly); idempotent")
    public InspectionView.SanctionCheck sanctionCheck(@QueryParam("asOf") String asOf) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate date = Params.pastDate(errors, "asOf", asOf, zone, true);
        Params.throwIfAny(errors, "The query");
        return sanctions.check(date, caller.user());
    }
}
