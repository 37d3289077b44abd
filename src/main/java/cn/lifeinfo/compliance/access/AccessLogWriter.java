package cn.lifeinfo.compliance.access;

import cn.lifeinfo.compliance.audit.BatchedWriter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/** Writes ACC-AUD-001 log rows off the request thread, in batches (its own queue: access never waits on audit). */
@ApplicationScoped
public class AccessLogWriter {

    private final BatchedWriter<AccessDecisionLog> writer;

    public AccessLogWriter(@ConfigProperty(name = "compliance.access.log.queue-capacity") int capacity,
                           @ConfigProperty(name = "compliance.access.log.batch-size") int batchSize,
                           @ConfigProperty(name = "compliance.audit.linger") Duration linger) {
        this.writer = new BatchedWriter<>("access-log-writer", capacity, batchSize, linger,
                rows -> QuarkusTransaction.requiringNew().run(() -> AccessDecisionLog.persist(rows)));
    }

    public void record(AccessDecisionLog row) {
        writer.add(row);
    }

    /** Returns once every row recorded before the call is committed, or after the timeout. */
    public void flush(Duration timeout) {
        writer.flush(timeout);
    }

    void onStop(@Observes ShutdownEvent event) {
        writer.close();
    }
}
