package cn.lifeinfo.compliance.common;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

/**
 * Who is acting (uploader, approver, inspector). Until authentication lands the {@code X-User} header names the
 * user (API.md); with authentication this is the one place that switches to the authenticated principal.
 */
@RequestScoped
public class ActingUser {

    public static final String HEADER = "X-User";

    @Context
    HttpServerRequest request;

    /** The acting user, or a 400 naming the missing header. */
    public String require() {
        String user = request == null ? null : request.getHeader(HEADER);
        if (user == null || user.isBlank()) {
            throw new ProblemException(Problem.of(Response.Status.BAD_REQUEST, "missing-user",
                    "The " + HEADER + " header must name the acting user")
                    .withErrors(java.util.List.of(new FieldError(HEADER, "required"))));
        }
        return user.trim();
    }
}
