package cn.lifeinfo.compliance.apidoc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every status each operation of the public API answers, as the published document states it. The HTTP tests hold
 * the service to it: a status a test observes that is not listed for its operation fails that test
 * (test {@code openapi/ObservedStatuses}), and {@code OpenApiContractResourceTest} checks the document against
 * this table.
 */
public final class ApiStatuses {

    private static final List<Integer> DECISION = List.of(200, 400, 401, 403, 413, 415, 422, 503);

    /** "METHOD /path/{template}" → statuses, in the order the document lists them. */
    public static final Map<String, List<Integer>> TABLE = table(
            "POST /api/v1/decisions/truthfulness", DECISION,
            "POST /api/v1/decisions/truthfulness/batch", DECISION,
            "POST /api/v1/decisions/access", DECISION,
            "POST /api/v1/decisions/service", DECISION,
            "GET /api/v1/lifecycle/changes", List.of(200, 400, 401, 403),
            "GET /api/v1/lifecycle/destructions", List.of(200, 400, 401, 403),
            "POST /api/v1/lifecycle/list-exports", List.of(201, 400, 401, 403, 413, 415, 503),
            "POST /api/v1/lifecycle/list-exports/{exportId}/destruction",
            List.of(200, 400, 401, 403, 404, 409, 413, 415, 503),
            "GET /api/v1/lifecycle/list-exports/overdue", List.of(200, 400, 401, 403, 503),
            "POST /api/v1/lifecycle/list-exports/overdue-check", List.of(200, 400, 401, 403, 413, 415, 503),
            "POST /api/v1/lifecycle/reverification-runs", List.of(200, 400, 401, 403, 413, 415, 503),
            "POST /api/v1/lifecycle/reverification-tasks/notification-failures",
            List.of(200, 201, 400, 401, 403, 413, 415),
            "GET /api/v1/lifecycle/reverification-tasks", List.of(200, 400, 401, 403),
            "POST /api/v1/lifecycle/reverification-tasks/search", List.of(200, 400, 401, 403, 413, 415),
            "POST /api/v1/lifecycle/reverification-tasks/{taskId}/completion",
            List.of(200, 400, 401, 403, 404, 409, 413, 415),
            "POST /api/v1/commission/payment-runs", List.of(201, 400, 401, 403, 413, 415),
            "GET /api/v1/commission/payment-runs/{runId}", List.of(200, 401, 403, 404),
            "POST /api/v1/commission/payment-runs/{runId}/sign-off", List.of(200, 400, 401, 403, 404, 409, 413, 415),
            "POST /api/v1/commission/payment-runs/{runId}/payment", List.of(200, 401, 403, 404, 409),
            "POST /api/v1/access/mask", List.of(200, 400, 401, 403, 413, 415, 503),
            "POST /api/v1/decisions/commission", DECISION,
            "POST /api/v1/decisions/hiring", DECISION,
            "GET /api/v1/agents/{agentCode}", List.of(200, 401, 403, 404),
            "PUT /api/v1/agents/{agentCode}", List.of(200, 201, 400, 401, 403, 413, 415, 503),
            "GET /api/v1/institutions/{institutionId}", List.of(200, 401, 403, 404),
            "PUT /api/v1/institutions/{institutionId}", List.of(200, 201, 400, 401, 403, 413, 415, 503),
            "POST /api/v1/agents/import", List.of(200, 400, 401, 403, 413, 415, 503),
            "POST /api/v1/institutions/import", List.of(200, 400, 401, 403, 413, 415, 503),
            "GET /api/v1/rulesets", List.of(200, 401, 403),
            "POST /api/v1/rulesets/{family}", List.of(201, 400, 401, 403, 404, 413, 415, 422, 503),
            "POST /api/v1/rulesets/{family}/versions/{version}/activate", List.of(200, 401, 403, 404, 409, 503),
            "GET /api/v1/rulesets/{family}/versions/{version}", List.of(200, 401, 403, 404),
            "GET /api/v1/rulesets/{family}/versions/{version}/file", List.of(200, 401, 403, 404),
            "GET /api/v1/rulesets/{family}/versions/{a}/diff/{b}", List.of(200, 401, 403, 404),
            "GET /api/v1/rulesets/{family}/changes", List.of(200, 400, 401, 403, 404),
            "GET /api/v1/rulesets/truthfulness/versions/{version}/impact", List.of(200, 400, 401, 403, 404, 409, 503),
            "POST /api/v1/rulesets/truthfulness/versions/{version}/impact",
            List.of(200, 400, 401, 403, 404, 409, 413, 415, 503),
            "POST /api/v1/agents/{agentCode}/violations", List.of(201, 400, 401, 403, 404, 409, 413, 415, 422),
            "GET /api/v1/agents/{agentCode}/violations", List.of(200, 400, 401, 403, 404),
            "GET /api/v1/agents/{agentCode}/score", List.of(200, 400, 401, 403, 404),
            "GET /api/v1/agents/{agentCode}/score/history", List.of(200, 400, 401, 403, 404),
            "GET /api/v1/agents/scores", List.of(200, 400, 401, 403),
            "GET /api/v1/agents/scores/export", List.of(200, 400, 401, 403),
            "GET /api/v1/agents/scores/summary", List.of(200, 400, 401, 403),
            "GET /api/v1/agents/scores/vocabulary", List.of(200, 400, 401, 403),
            "GET /api/v1/access/alerts", List.of(200, 400, 401, 403, 409),
            "POST /api/v1/screenings", List.of(202, 400, 401, 403, 413, 415),
            "GET /api/v1/screenings/{id}", List.of(200, 401, 403, 404),
            "GET /api/v1/screenings/{id}/report.xlsx", List.of(200, 401, 403, 404, 409),
            "GET /api/v1/screenings/{id}/report.csv", List.of(200, 401, 403, 404, 409),
            "POST /api/v1/sampling/runs", List.of(200, 201, 400, 401, 403, 409, 413, 415, 503),
            "GET /api/v1/sampling/runs", List.of(200, 400, 401, 403),
            "GET /api/v1/sampling/runs/{runId}", List.of(200, 401, 403, 404),
            "POST /api/v1/sampling/items/{itemId}/verification", List.of(201, 400, 401, 403, 404, 409, 413, 415, 422, 503),
            "POST /api/v1/branches/inspections", List.of(200, 400, 401, 403, 413, 415),
            "GET /api/v1/branches/inspections", List.of(200, 400, 401, 403),
            "GET /api/v1/branches/inspections/{inspectionId}", List.of(200, 401, 403, 404),
            "POST /api/v1/branches/inspections/{inspectionId}/findings", List.of(201, 400, 401, 403, 404, 413, 415),
            "POST /api/v1/branches/inspections/findings/{findingId}/remediation",
            List.of(200, 400, 401, 403, 404, 409, 413, 415),
            "POST /api/v1/branches/inspections/sanction-check", List.of(200, 400, 401, 403),
            "GET /api/v1/branches/legacy-cleanup", List.of(200, 400, 401, 403));

    private ApiStatuses() {
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<Integer>> table(Object... pairs) {
        Map<String, List<Integer>> t = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            t.put((String) pairs[i], (List<Integer>) pairs[i + 1]);
        }
        return Map.copyOf(t);
    }

    static String describe(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 201 -> "Created";
            case 202 -> "Accepted: the book is stored and queued; follow the job at GET /api/v1/screenings/{id}";
            case 400 -> "The request cannot be evaluated: malformed JSON, a wrong type, an unknown enum value, a missing"
                    + " or invalid field or parameter; `errors` names the field path, never echoing its value";
            case 401 -> "No bearer token, or an expired, forged or unreadable one";
            case 403 -> "The token is valid but its roles (`groups` claim) do not allow this operation";
            case 404 -> "No such resource (agent, institution, family, version, job…)";
            case 409 -> "The resource is not in a state that allows this (e.g. activating one's own upload, a report"
                    + " before its job is DONE, alerts without a monitoring sheet in force, a duplicate violation, paying"
                    + " a commission run before its PEN-INT-005 sign-off)";
            case 413 -> "The body is over its limit (counted while it streams); nothing was stored";
            case 415 -> "The body's content type is not one this operation reads";
            case 422 -> "Understood but not processable: a rule spreadsheet rejected (errors name file, sheet, row and"
                    + " column), no rule row applies, or a record the database refuses";
            case 503 -> "Not able to answer now (no ruleset in force, the decision's record not committed in time, the"
                    + " compiler busy): nothing was answered or stored; retry after Retry-After";
            default -> "HTTP " + status;
        };
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 409 -> "Conflict";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            case 503 -> "Service Unavailable";
            default -> "HTTP " + status;
        };
    }

    static String slug(int status) {
        return switch (status) {
            case 400 -> "invalid-field";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 409 -> "conflict";
            case 413 -> "body-too-large";
            case 415 -> "unsupported-media-type";
            case 422 -> "unprocessable";
            case 503 -> "unavailable";
            default -> "http-" + status;
        };
    }
}
