package cn.lifeinfo.compliance.audit;

import cn.lifeinfo.compliance.common.SqlBatch;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Writes audit rows (decision audit, stored decision inputs, lifecycle records), and the rows of the
 * {@link AuditedTable}s decisions wait for, in group commits shared by concurrent requests: one transaction per batch
 * for all of them, sent as one query on the writer's own connection (datasource {@code writer}), so a batch of stored
 * decisions costs one round trip to MariaDB and one commit between them. The audit entities are insert-only: their
 * INSERTs are rendered from their mapping ({@link EntityInserts}), no persistence context is involved.
 */
@ApplicationScoped
public class DecisionAuditWriter {

    private record Row(AuditedTable<Object> table, Object value) {
    }

    private static final AuditedTable<Object> ENTITIES = EntityInserts::append;

    private final BatchedWriter<Row> writer;
    private final AgroalDataSource connections;

    public DecisionAuditWriter(Writers writers,
                               @ConfigProperty(name = "compliance.audit.queue-capacity") int capacity,
                               @DataSource("writer") AgroalDataSource connections) {
        this.connections = connections;
        this.writer = writers.start("decision-audit-writer", capacity, this::write);
    }

    /** Completes when the row is committed; the decision it records is answered only then. */
    public CompletableFuture<Void> record(PanacheEntityBase entry) {
        return writer.submit(new Row(ENTITIES, entry));
    }

    /** Completes when the row is committed, in the same group commits as the audit rows. */
    @SuppressWarnings("unchecked")
    public <T> CompletableFuture<Void> record(AuditedTable<T> table, T row) {
        return writer.submit(new Row((AuditedTable<Object>) table, row));
    }

    /** Written behind: the caller does not wait, a crash may lose it (sampled impact-preview inputs only). */
    public void recordBehind(PanacheEntityBase entry) {
        writer.add(new Row(ENTITIES, entry));
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
        SqlBatch batch = new SqlBatch();
        byTable.forEach((table, values) -> table.write(values, batch));
        try (Connection c = connections.getConnection()) {
            try {
                batch.commitAtOnce(c);
            } catch (SQLException e) {
                if (!BatchedWriter.isDataError(e)) {
                    c.abort(Runnable::run); // the database went away or the connection broke: never hand it out again
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The batch of " + rows.size() + " rows was not committed", e);
        }
        byTable.forEach(AuditedTable::committed);
    }
}
