package cn.lifeinfo.compliance.common;

import io.quarkus.vertx.web.RouteFilter;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

import java.util.List;

/**
 * Answers a body whose Content-Length already passes its route's limit with 413 before a byte of it is read. A body
 * sent chunked (no length) is counted as it streams instead, by {@link CountingBodyInterceptor}; a multipart upload
 * is checked once spooled (ruleset/RulesetResource).
 */
public class BodySizeLimit {

    private final BodyLimits limits;

    public BodySizeLimit(BodyLimits limits) {
        this.limits = limits;
    }

    @RouteFilter(100)
    void limit(RoutingContext rc) {
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            long limit = limits.forPath(rc.normalizedPath());
            try {
                if (Long.parseLong(length.trim()) > limit) {
                    rc.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                            // the client may still be sending: do not keep the connection for the rest of it
                            .putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE)
                            .end(io.vertx.core.json.Json.encode(tooLarge(limit)));
                    return;
                }
            } catch (NumberFormatException e) {
                // a malformed header is Vert.x's to reject
            }
        }
        rc.next();
    }

    static Problem tooLarge(long limit) {
        return Problem.of(413, "Content Too Large", "body-too-large", "The body is larger than " + limit + " bytes")
                .withErrors(List.of(new FieldError("body", "at most " + limit + " bytes")));
    }
}
