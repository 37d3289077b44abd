package cn.lifeinfo.compliance.assessment;

import cn.lifeinfo.compliance.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import cn.lifeinfo.compliance.identity.Caller;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * The leaderboard: agents ordered by active points, highest first, filtered by branch and status; and its XLSX
 * export. The literal path wins over {@code /api/v1/agents/{agentCode}}, so "scores" is never taken as a code.
 */
@Path("/api/v1/agents/scores")
@RolesAllowed({Roles.INSPECTOR, Roles.MANAGER, Roles.AUDITOR})
public class ScoresResource {

    static final Set<String> STATUSES = Set.of("NORMAL", "GREY_LIST", "COMMISSION_HOLD", "DEMOTION", "TERMINATED");
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final AssessmentService assessment;
    private final ZoneId zone;
    private final Caller caller;

    public ScoresResource(AssessmentService assessment, @ConfigProperty(name = "compliance.zone") ZoneId zone,
                          Caller caller) {
        this.assessment = assessment;
        this.zone = zone;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public LeaderboardView scores(@QueryParam("branchCode") String branchCode, @QueryParam("status") String status,
                                  @QueryParam("asOf") String asOf, @QueryParam("page") String page,
                                  @QueryParam("size") String size) {
        LocalDate date = Dates.notFuture(asOf, "asOf", zone, true);
        String branch = blankToNull(branchCode);
        String wanted = status(status);
        int p = number(page, "page", 0);
        int s = number(size, "size", 50);
        if (p < 0) {
            throw Dates.invalid("page", "must be 0 or more");
        }
        if (s < 1 || s > 1000) {
            throw Dates.invalid("size", "must be between 1 and 1000");
        }
        List<LeaderboardView.Row> rows = assessment.leaderboard(branch, wanted, date, caller.branchScope());
        int from = (int) Math.min((long) p * s, rows.size());
        int to = Math.min(from + s, rows.size());
        return new LeaderboardView(date.toString(), assessment.rulesetVersion(date), branch, wanted, p, s,
                rows.size(), rows.subList(from, to));
    }

    @GET
    @Path("export")
    @Produces(XLSX)
    public Response export(@QueryParam("branchCode") String branchCode, @QueryParam("status") String status,
                           @QueryParam("asOf") String asOf) {
        LocalDate date = Dates.notFuture(asOf, "asOf", zone, true);
        List<LeaderboardView.Row> rows = assessment.leaderboard(blankToNull(branchCode), status(status), date,
                caller.branchScope());
        byte[] bytes = LeaderboardExport.xlsx(rows, date, assessment.rulesetVersion(date));
        return Response.ok(bytes, XLSX)
                .header("Content-Disposition", "attachment; filename=\"agent-scores-" + date + ".xlsx\"").build();
    }

    private static int number(String value, String field, int otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw Dates.invalid(field, "not a whole number");
        }
    }

    private static String status(String status) {
        String s = blankToNull(status);
        if (s != null && !STATUSES.contains(s)) {
            throw Dates.invalid("status", "one of " + STATUSES.stream().sorted().toList());
        }
        return s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
