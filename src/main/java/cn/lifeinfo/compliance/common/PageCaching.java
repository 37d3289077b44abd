package cn.lifeinfo.compliance.common;

import io.quarkus.vertx.web.RouteFilter;
import io.vertx.ext.web.RoutingContext;

/**
 * The pages (rules console, managers' page, their sign-in script) are plain files without hashed names: the static
 * handler's default "public, immutable, max-age=86400" would keep an officer on yesterday's console after a release.
 * They are sent "no-cache" instead, so the browser revalidates each time (a 304 against Last-Modified when unchanged).
 */
public class PageCaching {

    static final String REVALIDATE = "no-cache";

    @RouteFilter
    void revalidatePages(RoutingContext rc) {
        String path = rc.normalizedPath();
        if (path.startsWith("/console/") || path.equals("/console") || path.startsWith("/managers/")
                || path.startsWith("/auth/")) {
            // set at the end: the static handler writes its own Cache-Control after this filter has run
            rc.addHeadersEndHandler(v -> rc.response().headers().set("Cache-Control", REVALIDATE));
        }
        rc.next();
    }
}
