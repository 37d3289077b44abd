package cn.lifeinfo.compliance.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * RFC 9457 problem details, the body of every 4xx and 5xx answer (API.md, Errors), with the request's id
 * ({@link RequestIds}) so a caller can quote it to operators, who find it in the logs.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<?> errors, String requestId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** For the request being answered: its id is taken from the logging context. */
    public Problem(String type, String title, int status, String detail, List<?> errors) {
        this(type, title, status, detail, errors, RequestIds.current());
    }

    public static Problem of(Failure failure, String slug, String detail) {
        return new Problem("/problems/" + slug, failure.title(), failure.status(), detail, List.of());
    }

    /** For the edge's own statuses (413, 415, 405, 401 …), which no service raises. */
    public static Problem of(int status, String title, String slug, String detail) {
        return new Problem("/problems/" + slug, title, status, detail, List.of());
    }

    public Problem withErrors(List<?> errorList) {
        return new Problem(type, title, status, detail, errorList, requestId);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
