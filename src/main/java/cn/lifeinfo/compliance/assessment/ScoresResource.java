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

/**
 * The leaderboard: agents ordered by active points, highest first (or by status first), filtered by a branch-code
 * prefix (3301 takes in 330101) and status; the branches' summary; the workbook's statuses and types; and the XLSX
 * export. The literal path wins over {@code /api/v1/agents/{agentCode}}, so "scores" is never taken as a code.
 */
@Path("/api/v1/agents/scores")
@RolesAllowed({Roles.INSPECTOR, Roles.MANAGER, Roles.AUDITOR})
public class ScoresResource {

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
                                  @QueryParam("size") String size, @QueryParam("sort") String sort) {
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
        List<LeaderboardView.Row> rows = assessment.leaderboard(branch, wanted, date, caller.branchScope(),
                order(sort));
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
                caller.branchScope(), AssessmentService.Order.POINTS);
        byte[] bytes = LeaderboardExport.xlsx(rows, date, assessment.rulesetVersion(date));
        return Response.ok(bytes, XLSX)
                .header("Content-Disposition", "attachment; filename=\"agent-scores-" + date + ".xlsx\"").build();
    }

    /** The branches the caller may see (of a branch-code prefix): agents by status, this month, the year's trend. */
    @GET
    @Path("summary")
    @Produces(MediaType.APPLICATION_JSON)
    public BranchSummaryView summary(@QueryParam("branchCode") String branchCode, @QueryParam("asOf") String asOf) {
        LocalDate date = Dates.notFuture(asOf, "asOf", zone, true);
        return assessment.summary(blankToNull(branchCode), date, caller.branchScope());
    }

    /** Statuses with their thresholds and violation types with their points and names, from the workbook in force. */
    @GET
    @Path("vocabulary")
    @Produces(MediaType.APPLICATION_JSON)
    public AssessmentVocabularyView vocabulary(@QueryParam("asOf") String asOf) {
        return assessment.vocabulary(Dates.notFuture(asOf, "asOf", zone, true));
    }

    private static AssessmentService.Order order(String sort) {
        String s = blankToNull(sort);
        if (s == null || s.equals("points")) {
            return AssessmentService.Order.POINTS;
        }
        if (s.equals("status")) {
            return AssessmentService.Order.STATUS;
        }
        throw Dates.invalid("sort", "one of [points, status]");
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
        if (s != null && AgentStatus.of(s).isEmpty()) {
            throw Dates.invalid("status", "one of " + AgentStatus.codes());
        }
        return s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
