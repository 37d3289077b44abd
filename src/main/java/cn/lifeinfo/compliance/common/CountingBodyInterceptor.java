package cn.lifeinfo.compliance.common;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import org.apache.commons.io.input.ProxyInputStream;

import java.io.IOException;
import java.io.InputStream;

/**
 * Holds every request entity to its route's limit while it streams: Content-Length can be absent (chunked) or
 * understated, and the server-wide ceiling is the screening book's 4 GB. The entity is never buffered here, so a
 * book of millions of records still streams, only counted.
 */
@Provider
public class CountingBodyInterceptor implements ReaderInterceptor {

    private final BodyLimits limits;
    private final CurrentVertxRequest request;

    public CountingBodyInterceptor(BodyLimits limits, CurrentVertxRequest request) {
        this.limits = limits;
        this.request = request;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        RoutingContext rc = request.getCurrent();
        long limit = limits.forPath(rc == null ? null : rc.normalizedPath());
        context.setInputStream(new Counted(context.getInputStream(), limit));
        return context.proceed();
    }

    /** Counts what is read (and skipped) and refuses the byte after the limit. */
    static final class Counted extends ProxyInputStream {

        private final long limit;
        private long count;

        Counted(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        protected void afterRead(int n) {
            if (n > 0) {
                add(n);
            }
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            add(skipped);
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        private void add(long n) {
            count += n;
            if (count > limit) {
                throw new BodyTooLargeException(limit);
            }
        }
    }
}
