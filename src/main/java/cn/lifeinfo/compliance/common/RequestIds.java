package cn.lifeinfo.compliance.common;

import io.quarkus.vertx.web.RouteFilter;
import io.vertx.ext.web.RoutingContext;
import org.jboss.logging.MDC;

import java.util.regex.Pattern;

/**
 * Every request has an id: the caller's {@code X-Request-Id} when it is a plain token (letters, digits,
 * {@code . _ : -}, at most 64), else a new ULID. It is in the logging context (MDC key {@code requestId}, a field of
 * every JSON log line written for the request), in the response's {@code X-Request-Id} header and in problem bodies.
 * Runs before every other filter, so even a 413 of the body limit carries it.
 */
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @RouteFilter(1000)
    void assign(RoutingContext rc) {
        String given = rc.request().getHeader(HEADER);
        String id = given != null && PLAIN.matcher(given).matches() ? given : Ulid.next();
        MDC.put(MDC_KEY, id);
        rc.response().putHeader(HEADER, id);
        rc.addEndHandler(done -> MDC.remove(MDC_KEY));
        rc.next();
    }

    /** The id of the request being handled on this thread or context, or null outside a request. */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }
}
