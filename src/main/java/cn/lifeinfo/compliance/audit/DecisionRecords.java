package cn.lifeinfo.compliance.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The rows one request's decisions must have committed before it is answered (audit rows, and the rows later
 * decisions read: population keys, derived violations). Collected on the request's thread, awaited together.
 */
public final class DecisionRecords {

    private final List<CompletableFuture<Void>> rows = new ArrayList<>();

    public void add(CompletableFuture<Void> row) {
        rows.add(row);
    }

    /** Blocks until every row is committed; throws {@link DecisionNotRecordedException} otherwise. */
    public void await(Duration timeout) {
        try {
            all().get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw notRecorded(e.getCause());
        } catch (TimeoutException e) {
            throw notRecorded(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw notRecorded(e);
        }
    }

    /** Completes when every row is committed, or fails with {@link DecisionNotRecordedException} (for async callers). */
    public CompletableFuture<Void> all(Duration timeout) {
        return all().orTimeout(timeout.toNanos(), TimeUnit.NANOSECONDS)
                .exceptionallyCompose(e -> CompletableFuture.failedFuture(notRecorded(e)));
    }

    private CompletableFuture<Void> all() {
        return rows.size() == 1 ? rows.get(0) : CompletableFuture.allOf(rows.toArray(CompletableFuture[]::new));
    }

    /** Gives up on the rows still waiting, so the writers skip them rather than record a decision nobody received. */
    private DecisionNotRecordedException notRecorded(Throwable cause) {
        Throwable why = cause instanceof CompletionException && cause.getCause() != null ? cause.getCause() : cause;
        WriterUnavailableException abandoned = new WriterUnavailableException("decision", "the request gave up");
        rows.forEach(r -> r.completeExceptionally(abandoned));
        if (why instanceof DecisionNotRecordedException already) {
            return already;
        }
        if (why instanceof RowRejectedException rejected) {
            return new DecisionNotRecordedException(rejected.getMessage(), false);
        }
        if (why instanceof TimeoutException) {
            return new DecisionNotRecordedException("the database did not commit the record in time", true);
        }
        return new DecisionNotRecordedException(why.getMessage() == null ? why.getClass().getSimpleName()
                : why.getMessage(), true);
    }
}
