package cn.lifeinfo.compliance.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.StatelessSession;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Writes audit rows (decision audit, stored decision inputs, lifecycle records), and the rows of the
 * {@link AuditedTable}s decisions wait for, in group commits shared by concurrent requests: one transaction per batch
 * for all of them, so a stored decision's audit row, population keys and violations cost one commit between them.
 * Entities go through a stateless session: the rows are insert-only, so a persistence context (events, dirty checks,
 * a flush) per row would only cost the writer thread CPU that the decisions need.
 */
@ApplicationScoped
public class DecisionAuditWriter {

    private record Row(AuditedTable<Object> table, Object value) {
    }

    private final BatchedWriter<Row> writer;
    private final StatelessSession session;
    private final AuditedTable<Object> entities = new AuditedTable<>() {
        @Override
        public void write(List<Object> rows) {
            session.setJdbcBatchSize(rows.size());
            session.insertMultiple(rows);
        }
    };

    public DecisionAuditWriter(Writers writers,
                               @ConfigProperty(name = "compliance.audit.queue-capacity") int capacity,
                               StatelessSession session) {
        this.session = session;
        this.writer = writers.start("decision-audit-writer", capacity, this::write);
    }

    /** Completes when the row is committed; the decision it records is answered only then. */
    public CompletableFuture<Void> record(PanacheEntityBase entry) {
        return writer.submit(new Row(entities, entry));
    }

    /** Completes when the row is committed, in the same group commits as the audit rows. */
    @SuppressWarnings("unchecked")
    public <T> CompletableFuture<Void> record(AuditedTable<T> table, T row) {
        return writer.submit(new Row((AuditedTable<Object>) table, row));
    }

    /** Written behind: the caller does not wait, a crash may lose it (sampled impact-preview inputs only). */
    public void recordBehind(PanacheEntityBase entry) {
        writer.add(new Row(entities, entry));
    }

    /** Waits until every row recorded before the call is settled (tests, reads of one's own rows). */
    public void flush(Duration timeout) {
        writer.flush(timeout);
    }

    private void write(List<Row> rows) {
        Map<AuditedTable<Object>, List<Object>> byTable = new LinkedHashMap<>();
        for (Row r : rows) {
            byTable.computeIfAbsent(r.table(), t -> new ArrayList<>()).add(r.value());
        }
        QuarkusTransaction.requiringNew().run(() -> byTable.forEach(AuditedTable::write));
        byTable.forEach(AuditedTable::committed);
    }
}
