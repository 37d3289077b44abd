package cn.lifeinfo.compliance.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.StatelessSession;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Writes audit rows (decision audit, stored decision inputs, lifecycle records) in group commits shared by concurrent
 * requests. Through a stateless session: the rows are insert-only, so a persistence context (events, dirty checks,
 * a flush) per row would only cost the writer thread CPU that the decisions need.
 */
@ApplicationScoped
public class DecisionAuditWriter {

    private final BatchedWriter<PanacheEntityBase> writer;

    public DecisionAuditWriter(Writers writers,
                               @ConfigProperty(name = "compliance.audit.queue-capacity") int capacity,
                               StatelessSession session) {
        this.writer = writers.start("decision-audit-writer", capacity, rows -> QuarkusTransaction.requiringNew()
                .run(() -> {
                    session.setJdbcBatchSize(rows.size());
                    session.insertMultiple(rows);
                }));
    }

    /** Completes when the row is committed; the decision it records is answered only then. */
    public CompletableFuture<Void> record(PanacheEntityBase entry) {
        return writer.submit(entry);
    }

    /** Written behind: the caller does not wait, a crash may lose it (sampled impact-preview inputs only). */
    public void recordBehind(PanacheEntityBase entry) {
        writer.add(entry);
    }

    /** Waits until every row recorded before the call is settled (tests, reads of one's own rows). */
    public void flush(Duration timeout) {
        writer.flush(timeout);
    }
}
