package cn.lifeinfo.compliance.branch;

import cn.lifeinfo.compliance.common.FieldError;
import cn.lifeinfo.compliance.identity.Caller;
import cn.lifeinfo.compliance.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * PEN-BR-003, the historical-policy clean-up report. Inspectors and auditors see policy numbers in clear (they follow
 * up the corrections and check them); a manager sees his branches only, with numbers masked as on the managers' page.
 */
@Path("/api/v1/branches/legacy-cleanup")
@Produces(MediaType.APPLICATION_JSON)
public class LegacyCleanupResource {

    private final LegacyCleanupReport report;
    private final Caller caller;
    private final ZoneId zone;

    public LegacyCleanupResource(LegacyCleanupReport report, Caller caller,
                                 @ConfigProperty(name = "compliance.zone") ZoneId zone) {
        this.report = report;
        this.caller = caller;
        this.zone = zone;
    }

    @GET
    @RolesAllowed({Roles.INSPECTOR, Roles.MANAGER, Roles.AUDITOR})
    @Operation(summary = "PEN-BR-003 historical-policy clean-up: correction status per policy as of a date, counts per"
            + " branch, regulatory exposure after 2014-07-01")
    public LegacyCleanupView report(@QueryParam("asOf") String asOf, @QueryParam("branchCode") String branchCode,
                                    @QueryParam("page") String page, @QueryParam("size") String size) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate date = Params.pastDate(errors, "asOf", asOf, zone, true);
        int pageNo = Params.number(errors, "page", page, 0, 0, Integer.MAX_VALUE / 1000);
        int pageSize = Params.number(errors, "size", size, 100, 1, 1000);
        Params.throwIfAny(errors, "The query");
        boolean clear = caller.hasRole(Roles.INSPECTOR) || caller.hasRole(Roles.AUDITOR);
        return report.report(date, BranchFilter.of(caller.branchScope(), branchCode), pageNo, pageSize, clear);
    }
}
