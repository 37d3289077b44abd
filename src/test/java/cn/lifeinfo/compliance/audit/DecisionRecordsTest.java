package cn.lifeinfo.compliance.audit;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DecisionRecordsTest {

    @Test
    void answersWhenEveryRowIsCommitted() {
        DecisionRecords trail = new DecisionRecords();
        trail.add(CompletableFuture.completedFuture(null));
        CompletableFuture<Void> late = new CompletableFuture<>();
        trail.add(late);
        CompletableFuture.runAsync(() -> late.complete(null), CompletableFuture.delayedExecutor(
                20, java.util.concurrent.TimeUnit.MILLISECONDS));
        assertDoesNotThrow(() -> trail.await(Duration.ofSeconds(5)));
    }

    @Test
    void aRowNotCommittedInTimeIsARetryableRefusalAndIsGivenUp() {
        DecisionRecords trail = new DecisionRecords();
        CompletableFuture<Void> committed = CompletableFuture.completedFuture(null);
        CompletableFuture<Void> stuck = new CompletableFuture<>();
        trail.add(committed);
        trail.add(stuck);
        DecisionNotRecordedException e = assertThrows(DecisionNotRecordedException.class,
                () -> trail.await(Duration.ofMillis(50)));
        assertTrue(e.retryable());
        assertTrue(stuck.isCompletedExceptionally(), "the writer must skip the row of an unanswered decision");
    }

    @Test
    void aRowTheDatabaseRefusedIsNotRetryable() {
        DecisionRecords trail = new DecisionRecords();
        trail.add(CompletableFuture.failedFuture(new RowRejectedException("w", "Data too long")));
        DecisionNotRecordedException e = assertThrows(DecisionNotRecordedException.class,
                () -> trail.await(Duration.ofSeconds(1)));
        assertFalse(e.retryable());
    }

    @Test
    void theAsyncFormFailsWithTheSameRefusal() {
        DecisionRecords trail = new DecisionRecords();
        trail.add(new CompletableFuture<>());
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> trail.all(Duration.ofMillis(50)).get());
        assertInstanceOf(DecisionNotRecordedException.class, e.getCause());
    }
}
