package cn.lifeinfo.compliance.audit;

import cn.lifeinfo.compliance.branch.LegacyPolicyDecision;
import cn.lifeinfo.compliance.common.SqlBatch;
import cn.lifeinfo.compliance.service.ServiceChangeRecord;
import cn.lifeinfo.compliance.service.ServiceDestructionRecord;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The writer's batches: one query per transaction on the writer's connections, rows rendered from the entities. */
@QuarkusTest
class GroupCommitTest {

    @Inject
    @DataSource("writer")
    AgroalDataSource writerConnections;

    @Inject
    AgroalDataSource db;

    @Inject
    DecisionAuditWriter audit;

    @Test
    void aBatchCommitsAtOnceAndReportsEachStatementsCount() throws SQLException {
        try (Connection c = writerConnections.getConnection()) {
            c.createStatement().execute("CREATE TEMPORARY TABLE gc_probe (id INT PRIMARY KEY, v VARCHAR(3))");
            List<Integer> counts = new ArrayList<>();
            new SqlBatch().add("INSERT INTO gc_probe VALUES (?, ?), (?, ?)", List.of(1, "a", 2, "b"), counts::add)
                    .add("UPDATE gc_probe SET v = ? WHERE id > ?", List.of("z", 0), counts::add)
                    .add("DELETE FROM gc_probe WHERE id = ?", List.of(9), counts::add)
                    .commitAtOnce(c);
            assertEquals(List.of(2, 2, 0), counts);
            assertEquals(2, count(c, "SELECT COUNT(*) FROM gc_probe WHERE v = 'z'"));
        }
    }

    @Test
    void aFailingStatementRollsBackTheWholeBatchAndLeavesTheConnectionClean() throws SQLException {
        try (Connection c = writerConnections.getConnection()) {
            c.createStatement().execute("CREATE TEMPORARY TABLE gc_probe2 (id INT PRIMARY KEY, v VARCHAR(3))");
            List<Integer> counts = new ArrayList<>();
            SQLException e = assertThrows(SQLException.class, () -> new SqlBatch()
                    .add("INSERT INTO gc_probe2 VALUES (?, ?)", List.of(1, "a"), counts::add)
                    .add("INSERT INTO gc_probe2 VALUES (?, ?)", List.of(2, "too long"), counts::add)
                    .commitAtOnce(c));
            assertTrue(BatchedWriter.isDataError(e), "strict mode refuses the value: a data error, " + e);
            assertEquals(List.of(), counts, "no count of a batch that did not commit");
            assertEquals(0, count(c, "SELECT COUNT(*) FROM gc_probe2"), "the first insert was rolled back");
            new SqlBatch().add("INSERT INTO gc_probe2 VALUES (?, ?)", List.of(3, "c")).commitAtOnce(c);
            c.createStatement().execute("ROLLBACK"); // nothing open: the batch committed by itself
            assertEquals(1, count(c, "SELECT COUNT(*) FROM gc_probe2"));
        }
    }

    @Test
    void aBatchThatWantsNoCountsIsOneBlockWithTheSameOutcomes() throws SQLException {
        try (Connection c = writerConnections.getConnection()) {
            c.createStatement().execute("CREATE TEMPORARY TABLE gc_probe3 (id INT PRIMARY KEY, v VARCHAR(3))");
            new SqlBatch().add("INSERT INTO gc_probe3 VALUES (?, ?), (?, ?)", List.of(1, "a", 2, "b"))
                    .add("UPDATE gc_probe3 SET v = ? WHERE id = ?", List.of("z", 2)).commitAtOnce(c);
            assertEquals(1, count(c, "SELECT COUNT(*) FROM gc_probe3 WHERE v = 'z'"));
            SQLException e = assertThrows(SQLException.class, () -> new SqlBatch()
                    .add("INSERT INTO gc_probe3 VALUES (?, ?)", List.of(3, "c"))
                    .add("INSERT INTO gc_probe3 VALUES (?, ?)", List.of(4, "too long")).commitAtOnce(c));
            assertTrue(BatchedWriter.isDataError(e), "the failing statement's own error, " + e);
            assertEquals(0, count(c, "SELECT COUNT(*) FROM gc_probe3 WHERE id = 3"), "the first insert was rolled back");
            c.createStatement().execute("ROLLBACK"); // nothing open: the failed block's transaction was rolled back
            assertEquals(2, count(c, "SELECT COUNT(*) FROM gc_probe3"));
        }
    }

    @Test
    void everyEntityTheWriterInsertsNamesOnlyColumnsOfItsTable() throws SQLException {
        for (Class<?> type : List.of(DecisionAuditEntry.class, DecisionInputEntry.class, LegacyPolicyDecision.class,
                ServiceChangeRecord.class, ServiceDestructionRecord.class)) {
            Set<String> columns = new HashSet<>();
            try (Connection c = db.getConnection(); var q = c.prepareStatement("SELECT column_name FROM"
                    + " information_schema.columns WHERE table_schema = DATABASE() AND table_name = ?")) {
                q.setString(1, EntityInserts.table(type));
                try (var rs = q.executeQuery()) {
                    while (rs.next()) {
                        columns.add(rs.getString(1).toLowerCase(java.util.Locale.ROOT));
                    }
                }
            }
            List<String> written = EntityInserts.columns(type);
            assertTrue(columns.containsAll(written), type.getSimpleName() + " writes " + written + " into " + columns);
        }
    }

    @Test
    void anAuditRowReadsBackAsItWasRecorded() {
        Instant at = Instant.parse("2026-03-01T23:59:58.123Z");
        String id = cn.lifeinfo.compliance.common.Ulid.next();
        audit.record(DecisionAuditEntry.of(id, "truthfulness", at, "v-test", "subject-" + id, "FAIL", "BLOCK",
                "TRU-ID-001,TRU-PHONE-004", "AGENCY", "k1").forSampling("A001", java.time.LocalDate.of(2026, 2, 28),
                true, "P****1", new byte[]{1, 2, 3})).join();
        DecisionAuditEntry read = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> DecisionAuditEntry.findById(id));
        assertEquals(at, read.evaluatedAt, "the instant, not the server's wall clock");
        assertEquals("TRU-ID-001,TRU-PHONE-004", read.firedRules);
        assertEquals(java.time.LocalDate.of(2026, 2, 28), read.businessDate);
        assertEquals(Boolean.TRUE, read.inScope);
        assertEquals(3, read.policyNoSealed.length);
        assertEquals("subject-" + id, read.subjectHash);
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
