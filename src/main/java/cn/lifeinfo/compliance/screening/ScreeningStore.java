package cn.lifeinfo.compliance.screening;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The job tables (V30__screening_jobs.sql), in plain JDBC. Claims are short transactions (read committed, as the
 * whole pool is) using {@code SELECT … FOR UPDATE SKIP LOCKED}; a chunk's results are committed together with its
 * state change, and only while the claim (worker id + attempt number) is still the chunk's current one, so a worker
 * whose claim went stale and was taken over cannot add its results a second time.
 */
@ApplicationScoped
public class ScreeningStore {

    public static final String PENDING = "PENDING";
    public static final String INDEXED = "INDEXED";
    public static final String DONE = "DONE";
    /** Not a chunk state: the claim of a DONE chunk whose book keys are still to be written to the population. */
    public static final String STORE = "STORE";

    private final AgroalDataSource db;

    public ScreeningStore(@DataSource("screening") AgroalDataSource db) {
        this.db = db;
    }

    /** A chunk claimed by a worker: {@code state} says which phase it is in (PENDING = to index). */
    public record Claim(long chunkId, String jobId, int seq, String state, int attempts, String workerId) {
    }

    public record Error(int lineNo, String message) {
    }

    // ---- upload -------------------------------------------------------------------------------------------------

    public void createJob(String id, String format, String user) {
        update("INSERT INTO screening_job (id, status, format, submitted_by, created_at, last_chunk_at) "
                + "VALUES (?,?,?,?,NOW(3),NOW(3))", id, "RECEIVING", format, user);
    }

    public void insertChunk(String jobId, int seq, int firstLine, int lineCount, byte[] payload) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO screening_chunk (job_id, seq, first_line_no, line_count, payload, state) VALUES (?,?,?,?,?,?)")) {
            s.setString(1, jobId);
            s.setInt(2, seq);
            s.setInt(3, firstLine);
            s.setInt(4, lineCount);
            s.setBytes(5, payload);
            s.setString(6, PENDING);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Storing a chunk failed", e);
        }
        update("UPDATE screening_job SET last_chunk_at = NOW(3) WHERE id = ?", jobId);
    }

    public void insertErrors(String jobId, List<Error> errors) {
        if (errors.isEmpty()) {
            return;
        }
        try (Connection c = db.getConnection()) {
            insertErrors(c, jobId, errors);
        } catch (SQLException e) {
            throw new IllegalStateException("Storing malformed lines failed", e);
        }
    }

    private static void insertErrors(Connection c, String jobId, List<Error> errors) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT IGNORE INTO screening_error (job_id, line_no, message) VALUES (?,?,?)")) {
            for (Error e : errors) {
                s.setString(1, jobId);
                s.setInt(2, e.lineNo());
                s.setString(3, e.message().length() > 300 ? e.message().substring(0, 300) : e.message());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /**
     * The whole book is stored: its chunks may now be evaluated once indexed. A job failed meanwhile (its upload
     * stalled past the claim timeout, or a chunk kept failing) stays failed, and the chunks stored after its failure
     * are dropped like the others.
     */
    public void markReceived(String jobId, int totalLines, int uploadErrors, int chunks) {
        int updated = update("UPDATE screening_job SET status = ?, total_lines = ?, upload_errors = ?, chunks = ?, "
                + "received_at = NOW(3) WHERE id = ? AND status = 'RECEIVING'", "RUNNING", totalLines, uploadErrors,
                chunks, jobId);
        if (updated == 0) {
            dropBook(jobId);
            return;
        }
        finishIfComplete(jobId);
    }

    /**
     * An upload that broke off: nothing of it is screened. Chunks already indexed are in some instance's memory, so
     * they stay (without their records) to be stored like the rest of the population.
     */
    public void markFailed(String jobId) {
        update("DELETE FROM screening_chunk WHERE job_id = ? AND NOT store_pending", jobId);
        dropBook(jobId);
        update("UPDATE screening_job SET status = 'FAILED', finished_at = NOW(3) WHERE id = ?", jobId);
    }

    // ---- claims -------------------------------------------------------------------------------------------------

    /**
     * Claims the next chunk: a chunk to index (any job still receiving or running), or, for a job whose chunks are
     * all indexed, a chunk to evaluate. A claim older than {@code staleAfter} counts as abandoned.
     */
    public Optional<Claim> claim(String workerId, Duration staleAfter) {
        try (Connection c = db.getConnection()) {
            List<String[]> candidates = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT j.id, j.status, SUM(c.state = 'PENDING'), "
                    + "SUM(c.state = 'INDEXED') FROM screening_job j JOIN screening_chunk c ON c.job_id = j.id "
                    + "WHERE j.status IN ('RECEIVING', 'RUNNING') AND c.state <> 'DONE' "
                    + "GROUP BY j.id, j.status ORDER BY j.id");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    boolean pending = rs.getLong(3) > 0;
                    boolean evaluable = !pending && "RUNNING".equals(rs.getString(2)) && rs.getLong(4) > 0;
                    if (pending || evaluable) {
                        candidates.add(new String[]{rs.getString(1), pending ? PENDING : INDEXED});
                    }
                }
            }
            c.setAutoCommit(false);
            try {
                for (String[] job : candidates) {
                    Optional<Claim> claim = claimIn(c, job[0], job[1], workerId, staleAfter);
                    if (claim.isPresent()) {
                        c.commit();
                        return claim;
                    }
                }
                // screening first: storing finished books into the population can wait for idle workers
                Optional<Claim> store = claimStore(c, workerId, staleAfter);
                c.commit();
                return store;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Claiming a chunk failed", e);
        }
    }

    private static Optional<Claim> claimIn(Connection c, String jobId, String state, String workerId,
                                           Duration staleAfter) throws SQLException {
        long id;
        int seq;
        int attempts;
        try (PreparedStatement s = c.prepareStatement("SELECT id, seq, attempts FROM screening_chunk "
                + "WHERE job_id = ? AND state = ? AND (claimed_by IS NULL OR claimed_at < NOW(3) - INTERVAL ? MICROSECOND) "
                + "ORDER BY seq LIMIT 1 FOR UPDATE SKIP LOCKED")) {
            s.setString(1, jobId);
            s.setString(2, state);
            s.setLong(3, staleAfter.toNanos() / 1000);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                id = rs.getLong(1);
                seq = rs.getInt(2);
                attempts = rs.getInt(3) + 1;
            }
        }
        return Optional.of(take(c, id, jobId, seq, state, attempts, workerId));
    }

    private static Claim take(Connection c, long id, String jobId, int seq, String state, int attempts,
                              String workerId) throws SQLException {
        try (PreparedStatement u = c.prepareStatement("UPDATE screening_chunk SET claimed_by = ?, claimed_at = NOW(3), "
                + "attempts = ? WHERE id = ?")) {
            u.setString(1, workerId);
            u.setInt(2, attempts);
            u.setLong(3, id);
            u.executeUpdate();
        }
        return new Claim(id, jobId, seq, state, attempts, workerId);
    }

    private static Optional<Claim> claimStore(Connection c, String workerId, Duration staleAfter) throws SQLException {
        // only once a job has ended: while it runs, the cores and the database belong to screening it
        List<String> jobs = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT c.job_id FROM screening_chunk c "
                + "JOIN screening_job j ON j.id = c.job_id WHERE c.store_pending AND j.status IN ('DONE', 'FAILED')");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                jobs.add(rs.getString(1));
            }
        }
        for (String jobId : jobs) {
            try (PreparedStatement s = c.prepareStatement("SELECT id, seq, attempts FROM screening_chunk "
                    + "WHERE job_id = ? AND store_pending AND (claimed_by IS NULL OR claimed_at < NOW(3) - INTERVAL ? "
                    + "MICROSECOND) ORDER BY seq LIMIT 1 FOR UPDATE SKIP LOCKED")) {
                s.setString(1, jobId);
                s.setLong(2, staleAfter.toNanos() / 1000);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        return Optional.of(take(c, rs.getLong(1), jobId, rs.getInt(2), STORE, rs.getInt(3) + 1,
                                workerId));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The chunks of a job whose book keys are held in screening_chunk (indexed, not yet stored). */
    public List<Long> bookChunks(String jobId) {
        List<Long> ids = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT id FROM screening_chunk WHERE job_id = ? AND store_pending ORDER BY seq")) {
            s.setString(1, jobId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Listing a book's chunks failed", e);
        }
        return ids;
    }

    /** A chunk's book keys; null once they are stored in the population. */
    public byte[] bookKeys(long chunkId) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT book_keys FROM screening_chunk WHERE id = ? AND store_pending")) {
            s.setLong(1, chunkId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading a chunk's book keys failed", e);
        }
    }

    public byte[] payload(long chunkId) {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT payload FROM screening_chunk WHERE id = ?")) {
            s.setLong(1, chunkId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : new byte[0];
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading a chunk failed", e);
        }
    }

    /** Gives up the claims that earlier runs of this instance left behind (same host, another start). */
    public int releaseClaims(String hostPrefix, String currentPrefix) {
        // compared literally: host names may hold LIKE's wildcards ('_' above all)
        return update("UPDATE screening_chunk SET claimed_by = NULL, claimed_at = NULL WHERE state <> 'DONE' "
                + "AND LEFT(claimed_by, ?) = ? AND LEFT(claimed_by, ?) <> ?", hostPrefix.length(), hostPrefix,
                currentPrefix.length(), currentPrefix);
    }

    /** Gives a claim back after a failure, so that the chunk is tried again without waiting for the claim to age. */
    public void release(Claim claim) {
        update("UPDATE screening_chunk SET claimed_by = NULL, claimed_at = NULL WHERE id = ? AND claimed_by = ? "
                + "AND attempts = ?", claim.chunkId(), claim.workerId(), claim.attempts());
    }

    // ---- completion ---------------------------------------------------------------------------------------------

    /**
     * Records an indexed chunk and its malformed lines; false when the claim is no longer this worker's. The parsed
     * records, when given, replace the chunk's JSON payload, unless the book was dropped meanwhile (job failed).
     */
    public boolean completeIndex(Claim claim, List<Error> malformed, byte[] bookKeys, byte[] records) {
        return inTransaction(c -> {
            if (!fence(c, claim, PENDING, INDEXED, "indexed_by = ?, malformed = " + malformed.size())) {
                return false;
            }
            if (records != null) {
                try (PreparedStatement s = c.prepareStatement(
                        "UPDATE screening_chunk SET payload = ? WHERE id = ? AND LENGTH(payload) > 0")) {
                    s.setBytes(1, records);
                    s.setLong(2, claim.chunkId());
                    s.executeUpdate();
                }
            }
            if (bookKeys != null) {
                try (PreparedStatement s = c.prepareStatement(
                        "UPDATE screening_chunk SET book_keys = ?, store_pending = TRUE WHERE id = ?")) {
                    s.setBytes(1, bookKeys);
                    s.setLong(2, claim.chunkId());
                    s.executeUpdate();
                }
            }
            insertErrors(c, claim.jobId(), malformed);
            return true;
        });
    }

    /** The chunk's book keys are in the population tables now; false when the claim is no longer this worker's. */
    public boolean completeStore(Claim claim) {
        return update("UPDATE screening_chunk SET book_keys = NULL, store_pending = FALSE, claimed_by = NULL, "
                + "claimed_at = NULL WHERE id = ? AND store_pending AND claimed_by = ? AND attempts = ?",
                claim.chunkId(), claim.workerId(), claim.attempts()) == 1;
    }

    /**
     * Records a decided chunk with its counts and defective policies, atomically with its DONE, and drops its records:
     * nothing reads them again, and dropping a book's hundreds of megabytes chunk by chunk keeps the job's last
     * transaction (and the officer's wait for DONE) short.
     */
    public boolean completeEvaluate(Claim claim, ChunkResult result) {
        boolean done = inTransaction(c -> {
            if (!fence(c, claim, INDEXED, DONE, "payload = '', done_by = ?, screened = " + result.screened() + ", defective = "
                    + result.defective() + ", review = " + result.review() + ", ruleset_version = "
                    + (result.rulesetVersion() == null ? "NULL" : "'" + result.rulesetVersion().replace("'", "") + "'"))) {
                return false;
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO screening_chunk_count (chunk_id, job_id, "
                    + "dimension, dim_key, label, records, defective, review, findings) VALUES (?,?,?,?,?,?,?,?,?)")) {
                for (ChunkResult.Count n : result.counts()) {
                    s.setLong(1, claim.chunkId());
                    s.setString(2, claim.jobId());
                    s.setString(3, n.dimension());
                    s.setString(4, n.key());
                    s.setString(5, cut(n.label(), 200));
                    s.setInt(6, n.records());
                    s.setInt(7, n.defective());
                    s.setInt(8, n.review());
                    s.setInt(9, n.findings());
                    s.addBatch();
                }
                s.executeBatch();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO screening_defect (job_id, line_no, policy_no, "
                    + "branch_code, channel, agent_code, overall, underwriting_gate, rule_ids, reasons_zh, ph_name_masked, "
                    + "ph_id_masked, ph_mobile_masked) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                for (ChunkResult.Defect d : result.defects()) {
                    s.setString(1, claim.jobId());
                    s.setInt(2, d.lineNo());
                    s.setString(3, cut(d.policyNo(), 64));
                    s.setString(4, d.branchCode());
                    s.setString(5, cut(d.channel(), 30));
                    s.setString(6, cut(d.agentCode(), 64));
                    s.setString(7, d.overall());
                    s.setString(8, d.underwritingGate());
                    s.setString(9, cut(d.ruleIds(), 1000));
                    s.setString(10, d.reasonsZh());
                    s.setString(11, cut(d.nameMasked(), 100));
                    s.setString(12, cut(d.idMasked(), 40));
                    s.setString(13, cut(d.mobileMasked(), 40));
                    s.addBatch();
                }
                s.executeBatch();
            }
            return true;
        });
        if (done) {
            finishIfComplete(claim.jobId());
        }
        return done;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static boolean fence(Connection c, Claim claim, String from, String to, String extraSet) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE screening_chunk SET state = ?, claimed_by = NULL, "
                + "claimed_at = NULL, " + extraSet + " WHERE id = ? AND state = ? AND claimed_by = ? AND attempts = ?")) {
            s.setString(1, to);
            s.setString(2, claim.workerId());
            s.setLong(3, claim.chunkId());
            s.setString(4, from);
            s.setString(5, claim.workerId());
            s.setInt(6, claim.attempts());
            return s.executeUpdate() == 1;
        }
    }

    /**
     * Once every chunk is DONE: the job is DONE, its counts are summed into screening_total, and the stored book
     * (raw personal data) is dropped. Runs at most once per job: the status change guards it.
     */
    public boolean finishIfComplete(String jobId) {
        return inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE screening_job SET status = 'DONE', finished_at = NOW(3) "
                    + "WHERE id = ? AND status = 'RUNNING' AND NOT EXISTS (SELECT 1 FROM screening_chunk "
                    + "WHERE job_id = ? AND state <> 'DONE')")) {
                s.setString(1, jobId);
                s.setString(2, jobId);
                if (s.executeUpdate() != 1) {
                    return false;
                }
            }
            exec(c, "INSERT INTO screening_total (job_id, dimension, dim_key, label, records, defective, review, findings) "
                    + "SELECT job_id, dimension, dim_key, MAX(label), SUM(records), SUM(defective), SUM(review), "
                    + "SUM(findings) FROM screening_chunk_count WHERE job_id = ? GROUP BY job_id, dimension, dim_key", jobId);
            exec(c, "DELETE FROM screening_chunk_count WHERE job_id = ?", jobId);
            dropBook(c, jobId); // decided chunks dropped theirs already: left are those of an earlier version
            return true;
        });
    }

    /**
     * Stops a job for good with a reason the officer can act on (never a record's content), and drops its stored
     * book. Returns false when the job had already ended.
     */
    public boolean failJob(String jobId, String reason) {
        int n = update("UPDATE screening_job SET status = 'FAILED', failure = ?, finished_at = NOW(3) "
                + "WHERE id = ? AND status IN ('RECEIVING', 'RUNNING')", cut(reason), jobId);
        if (n == 1) {
            dropBook(jobId);
        }
        return n == 1;
    }

    /** Uploads that stored no chunk for {@code idle}: their instance died mid-upload, so the book is incomplete. */
    public int failAbandonedUploads(Duration idle) {
        List<String> ids = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("SELECT id FROM screening_job "
                + "WHERE status = 'RECEIVING' AND COALESCE(last_chunk_at, created_at) < NOW(3) - INTERVAL ? MICROSECOND")) {
            s.setLong(1, idle.toNanos() / 1000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Looking for abandoned uploads failed", e);
        }
        int failed = 0;
        for (String id : ids) {
            failed += failJob(id, "upload interrupted: no data received for " + idle.toSeconds()
                    + " s (the receiving instance stopped?); submit the book again") ? 1 : 0;
        }
        return failed;
    }

    private static String cut(String s) {
        return s.length() > 500 ? s.substring(0, 500) : s;
    }

    /** Jobs whose last chunk finished but whose finishing step was lost (the worker stopped in between). */
    public void finishStragglers() {
        List<String> ids = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT j.id FROM screening_job j WHERE j.status = 'RUNNING' AND NOT EXISTS "
                        + "(SELECT 1 FROM screening_chunk c WHERE c.job_id = j.id AND c.state <> 'DONE')");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Looking for finished jobs failed", e);
        }
        ids.forEach(this::finishIfComplete);
    }

    // ---- reads --------------------------------------------------------------------------------------------------

    public record JobRow(String id, String status, String format, String submittedBy, int totalLines, int uploadErrors,
                         int chunks, Instant createdAt, Instant receivedAt, Instant finishedAt, Instant now,
                         String failure) {
    }

    public record Progress(long indexedLines, long doneLines, long screened, long malformed, long defective,
                           long review, int pendingChunks, int indexedChunks, int doneChunks, List<String> versions,
                           long unstoredLines) {
    }

    public record CountRow(String dimension, String key, String label, long records, long defective, long review,
                           long findings) {
    }

    /** Jobs per status (RECEIVING, RUNNING, DONE, FAILED) over every instance, for the metrics. */
    public Map<String, Long> jobsByStatus() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT status, COUNT(*) FROM screening_job GROUP BY status");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Counting jobs failed", e);
        }
        return counts;
    }

    public Optional<JobRow> job(String id) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("SELECT id, status, format, "
                + "submitted_by, total_lines, upload_errors, chunks, created_at, received_at, finished_at, NOW(3), failure "
                + "FROM screening_job WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new JobRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getInt(6), rs.getInt(7), instant(rs.getTimestamp(8)),
                        instant(rs.getTimestamp(9)), instant(rs.getTimestamp(10)), instant(rs.getTimestamp(11)),
                        rs.getString(12)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading a job failed", e);
        }
    }

    public Progress progress(String jobId) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("SELECT "
                + "COALESCE(SUM(CASE WHEN state <> 'PENDING' THEN line_count END), 0), "
                + "COALESCE(SUM(CASE WHEN state = 'DONE' THEN line_count END), 0), "
                + "COALESCE(SUM(screened), 0), COALESCE(SUM(malformed), 0), COALESCE(SUM(defective), 0), "
                + "COALESCE(SUM(review), 0), COALESCE(SUM(state = 'PENDING'), 0), COALESCE(SUM(state = 'INDEXED'), 0), "
                + "COALESCE(SUM(state = 'DONE'), 0), GROUP_CONCAT(DISTINCT ruleset_version ORDER BY ruleset_version), "
                + "COALESCE(SUM(CASE WHEN store_pending THEN line_count END), 0) "
                + "FROM screening_chunk WHERE job_id = ?")) {
            s.setString(1, jobId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                String versions = rs.getString(10);
                return new Progress(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getInt(7), rs.getInt(8), rs.getInt(9),
                        versions == null ? List.of() : List.of(versions.split(",")), rs.getLong(11));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading progress failed", e);
        }
    }

    /** Counts per dimension: the totals of a finished job, or the sum over the chunks done so far. */
    public List<CountRow> counts(String jobId, boolean finished) {
        String sql = finished
                ? "SELECT dimension, dim_key, label, records, defective, review, findings FROM screening_total "
                + "WHERE job_id = ? ORDER BY dimension, dim_key"
                : "SELECT dimension, dim_key, MAX(label), SUM(records), SUM(defective), SUM(review), SUM(findings) "
                + "FROM screening_chunk_count WHERE job_id = ? GROUP BY dimension, dim_key ORDER BY dimension, dim_key";
        List<CountRow> rows = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, jobId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new CountRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                            rs.getLong(5), rs.getLong(6), rs.getLong(7)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading counts failed", e);
        }
        return rows;
    }

    public List<Error> errors(String jobId, int limit) {
        List<Error> rows = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT line_no, message FROM screening_error WHERE job_id = ? ORDER BY line_no LIMIT ?")) {
            s.setString(1, jobId);
            s.setInt(2, limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Error(rs.getInt(1), rs.getString(2)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading malformed lines failed", e);
        }
        return rows;
    }

    public interface DefectConsumer {
        void accept(ChunkResult.Defect d) throws java.io.IOException;
    }

    /** Streams the defective policies of a job in line order, without holding them all in memory. */
    public void defects(String jobId, DefectConsumer consumer) throws java.io.IOException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("SELECT line_no, policy_no, "
                + "branch_code, channel, agent_code, overall, underwriting_gate, rule_ids, reasons_zh, ph_name_masked, "
                + "ph_id_masked, ph_mobile_masked FROM screening_defect WHERE job_id = ? ORDER BY line_no",
                ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            s.setFetchSize(1000);
            s.setString(1, jobId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(new ChunkResult.Defect(rs.getInt(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading defective policies failed", e);
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    interface Work {
        boolean run(Connection c) throws SQLException;
    }

    private boolean inTransaction(Work work) {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                boolean ok = work.run(c);
                if (ok) {
                    c.commit();
                } else {
                    c.rollback();
                }
                return ok;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Screening transaction failed", e);
        }
    }

    /** In one transaction: one commit for the book, not one per chunk. */
    private void dropBook(String jobId) {
        inTransaction(c -> {
            dropBook(c, jobId);
            return true;
        });
    }

    /**
     * Deletes the records of a job's chunks that still hold them. Found first, then updated by id: an UPDATE reads
     * each row it matches whole, book keys included (about a megabyte a chunk), even where the records are gone.
     */
    private static void dropBook(Connection c, String jobId) throws SQLException {
        List<Long> holding = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id FROM screening_chunk WHERE job_id = ? AND LENGTH(payload) > 0")) {
            s.setString(1, jobId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    holding.add(rs.getLong(1));
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE screening_chunk SET payload = '' WHERE id = ?")) {
            for (long id : holding) {
                s.setLong(1, id);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void exec(Connection c, String sql, String arg) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, arg);
            s.executeUpdate();
        }
    }

    private int update(String sql, Object... args) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Screening update failed", e);
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
