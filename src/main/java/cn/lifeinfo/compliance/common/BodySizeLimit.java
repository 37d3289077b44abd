package cn.lifeinfo.compliance.common;

import io.quarkus.vertx.web.RouteFilter;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;

/**
 * Answers an oversized body with 413 problem+json before it is read. One record is small, so the single-decision
 * endpoint has its own limit well below the one of batches and uploads; a book for screening (millions of records,
 * read as a stream) has a larger one, which is why the server-wide Vert.x limit sits above them all.
 */
public class BodySizeLimit {

    private final long singleDecisionLimit;
    private final long serverLimit;
    private final long bookLimit;

    public BodySizeLimit(@ConfigProperty(name = "compliance.http.single-decision-max-bytes") long singleDecisionLimit,
                         @ConfigProperty(name = "compliance.http.max-body-bytes") io.quarkus.runtime.configuration.MemorySize serverLimit,
                         @ConfigProperty(name = "compliance.screening.max-upload-bytes", defaultValue = "4294967296") long bookLimit) {
        this.singleDecisionLimit = singleDecisionLimit;
        this.serverLimit = serverLimit.asLongValue();
        this.bookLimit = bookLimit;
    }

    @RouteFilter(100)
    void limit(RoutingContext rc) {
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            String path = rc.normalizedPath();
            long limit = path.endsWith("/decisions/truthfulness") || path.endsWith("/decisions/access")
                    ? singleDecisionLimit : path.startsWith("/api/v1/screenings") ? bookLimit : serverLimit;
            try {
                if (Long.parseLong(length.trim()) > limit) {
                    Problem p = Problem.of(413, "Content Too Large", "body-too-large",
                            "The body is larger than " + limit + " bytes")
                            .withErrors(List.of(new FieldError("body", "at most " + limit + " bytes")));
                    rc.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                            .end(io.vertx.core.json.Json.encode(p));
                    return;
                }
            } catch (NumberFormatException e) {
                // a malformed header is Vert.x's to reject
            }
        }
        rc.next();
    }
}
