package cn.lifeinfo.compliance.access;

import cn.lifeinfo.compliance.common.Failure;
import cn.lifeinfo.compliance.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import cn.lifeinfo.compliance.common.FieldError;
import cn.lifeinfo.compliance.common.Problem;
import cn.lifeinfo.compliance.common.ProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

@Path("/api/v1/access/alerts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.AUDITOR)
public class AccessAlertsResource {

    private final AccessAlerts alerts;

    public AccessAlertsResource(AccessAlerts alerts) {
        this.alerts = alerts;
    }

    @GET
    @Operation(summary = "ACC-MON-001 alerts: users with repeated over-scope denials (default: the last 30 days)")
    public AlertList list(@QueryParam("since") String since, @QueryParam("until") String until,
                                    @QueryParam("userId") String userId) {
        Instant to = instant("until", until, Instant.now().plusMillis(1));
        Instant from = instant("since", since, to.minus(Duration.ofDays(30)));
        if (!from.isBefore(to)) {
            throw new ProblemException(Problem.of(Failure.INVALID, "invalid-query", "since must be before until")
                    .withErrors(List.of(new FieldError("since", "must be before until"))));
        }
        List<AccessAlert> found = alerts.openAlerts(from, to, userId == null || userId.isBlank() ? null : userId);
        return new AlertList(from, to, found);
    }

    public record AlertList(Instant since, Instant until, List<AccessAlert> alerts) {
    }

    private static Instant instant(String name, String value, Instant fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new ProblemException(Problem.of(Failure.INVALID, "invalid-query",
                    "Not an ISO-8601 UTC timestamp: " + name)
                    .withErrors(List.of(new FieldError(name, "expected e.g. 2024-05-01T00:00:00Z"))));
        }
    }
}
