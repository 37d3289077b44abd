package cn.lifeinfo.compliance.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/** Writes audit rows (decision audit, stored decision inputs) off the request thread, in batches. */
@ApplicationScoped
public class DecisionAuditWriter {

    private final BatchedWriter<PanacheEntityBase> writer;

    public DecisionAuditWriter(@ConfigProperty(name = "compliance.audit.queue-capacity") int capacity,
                               @ConfigProperty(name = "compliance.audit.batch-size") int batchSize,
                               @ConfigProperty(name = "compliance.audit.linger") Duration linger) {
        this.writer = new BatchedWriter<>("decision-audit-writer", capacity, batchSize, linger,
                rows -> QuarkusTransaction.requiringNew().run(() -> PanacheEntityBase.persist(rows.stream())));
    }

    public void record(PanacheEntityBase entry) {
        writer.add(entry);
    }

    /** Waits until every row recorded before the call is committed (tests, reads of one's own rows). */
    public void flush(Duration timeout) {
        writer.flush(timeout);
    }

    void onStop(@Observes ShutdownEvent event) {
        writer.close();
    }
}
