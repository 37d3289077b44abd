package cn.lifeinfo.compliance.access;

import cn.lifeinfo.compliance.audit.BatchedWriter;
import cn.lifeinfo.compliance.audit.Writers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** Writes ACC-AUD-001 log rows in group commits (its own queue: access never waits on the audit writer). */
@ApplicationScoped
public class AccessLogWriter {

    private final BatchedWriter<AccessDecisionLog> writer;

    public AccessLogWriter(Writers writers,
                           @ConfigProperty(name = "compliance.access.log.queue-capacity") int capacity) {
        this.writer = writers.start("access-log-writer", capacity,
                rows -> QuarkusTransaction.requiringNew().run(() -> AccessDecisionLog.persist(rows)));
    }

    /** Completes when the row is committed; the decision is answered only then. */
    public CompletableFuture<Void> record(AccessDecisionLog row) {
        return writer.submit(row);
    }

    /** Returns once every row recorded before the call is settled, or after the timeout. */
    public void flush(Duration timeout) {
        writer.flush(timeout);
    }
}
