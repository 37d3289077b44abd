package cn.lifeinfo.compliance.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** RFC 9457 problem details, the body of every 4xx and 5xx answer (API.md, Errors). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<?> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(Response.Status status, String slug, String detail) {
        return new Problem("/problems/" + slug, status.getReasonPhrase(), status.getStatusCode(), detail, List.of());
    }

    /** For statuses the JAX-RS enum lacks, such as 422. */
    public static Problem of(int status, String title, String slug, String detail) {
        return new Problem("/problems/" + slug, title, status, detail, List.of());
    }

    public Problem withErrors(List<?> errorList) {
        return new Problem(type, title, status, detail, errorList);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
