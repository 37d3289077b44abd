package cn.lifeinfo.compliance.audit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchedWriterTest {

    private final List<String> written = Collections.synchronizedList(new ArrayList<>());
    private BatchedWriter<String> writer;

    @AfterEach
    void close() {
        if (writer != null) {
            writer.close();
        }
    }

    private BatchedWriter<String> start(int capacity, Duration linger, Consumer<List<String>> sink) {
        writer = new BatchedWriter<>("test-writer", capacity, 100, linger, sink);
        return writer;
    }

    @Test
    void aRowIsReportedCommittedOnlyAfterItsBatchIsWritten() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        start(10, Duration.ofMillis(1), rows -> {
            await(release);
            written.addAll(rows);
        });
        CompletableFuture<Void> row = writer.submit("a");
        Thread.sleep(50);
        assertFalse(row.isDone(), "not committed while the transaction is still open");
        release.countDown();
        row.get(5, TimeUnit.SECONDS);
        assertEquals(List.of("a"), written);
    }

    @Test
    void concurrentRowsShareCommits() throws Exception {
        start(1000, Duration.ofMillis(20), written::addAll);
        List<CompletableFuture<Void>> rows = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            rows.add(writer.submit("r" + i));
        }
        CompletableFuture.allOf(rows.toArray(CompletableFuture[]::new)).get(5, TimeUnit.SECONDS);
        assertEquals(200, written.size());
        assertTrue(writer.commits() <= 4, "200 rows in a few group commits, not one each: " + writer.commits());
    }

    @Test
    void aFullQueueRefusesAtOnceInsteadOfGrowing() {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch inSink = new CountDownLatch(1);
        start(2, Duration.ofMillis(1), rows -> {
            inSink.countDown();
            await(release);
        });
        writer.submit("in the sink");
        // taken from the queue is not enough: during its linger the writer would still gather the next rows
        await(inSink);
        writer.submit("queued 1");
        writer.submit("queued 2");
        CompletableFuture<Void> refused = writer.submit("one too many");
        ExecutionException e = assertThrows(ExecutionException.class, () -> refused.get(1, TimeUnit.SECONDS));
        assertInstanceOf(WriterUnavailableException.class, e.getCause());
        release.countDown();
    }

    @Test
    void aRowTheDatabaseRefusesFailsAloneAndTheOthersCommit() throws Exception {
        start(100, Duration.ofMillis(20), rows -> {
            if (rows.contains("too long")) {
                throw new IllegalStateException(new SQLException("Data too long for column 'channel'", "22001"));
            }
            written.addAll(rows);
        });
        CompletableFuture<Void> before = writer.submit("before");
        CompletableFuture<Void> bad = writer.submit("too long");
        CompletableFuture<Void> after = writer.submit("after");
        before.get(5, TimeUnit.SECONDS);
        after.get(5, TimeUnit.SECONDS);
        ExecutionException e = assertThrows(ExecutionException.class, () -> bad.get(5, TimeUnit.SECONDS));
        assertInstanceOf(RowRejectedException.class, e.getCause());
        writer.submit("later").get(5, TimeUnit.SECONDS);
        assertEquals(List.of("before", "after", "later"), written);
        assertEquals(1, writer.rejectedRows());
    }

    @Test
    void anOutageIsRetriedAndTheWaitingRowsCommitWhenTheDatabaseIsBack() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        start(100, Duration.ofMillis(1), rows -> {
            if (attempts.incrementAndGet() <= 2) {
                throw new IllegalStateException(new SQLException("Connection refused", "08S01"));
            }
            written.addAll(rows);
        });
        writer.submit("during the outage").get(5, TimeUnit.SECONDS);
        assertEquals(List.of("during the outage"), written);
        assertEquals(3, attempts.get());
    }

    @Test
    void anErrorFailsItsBatchButTheWriterLivesOn() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        start(100, Duration.ofMillis(1), rows -> {
            if (attempts.incrementAndGet() == 1) {
                throw new OutOfMemoryError("simulated");
            }
            written.addAll(rows);
        });
        CompletableFuture<Void> first = writer.submit("first");
        ExecutionException e = assertThrows(ExecutionException.class, () -> first.get(5, TimeUnit.SECONDS));
        assertInstanceOf(WriterUnavailableException.class, e.getCause());
        assertTrue(writer.alive());
        writer.submit("second").get(5, TimeUnit.SECONDS);
        assertEquals(List.of("second"), written);
    }

    @Test
    void aRowWhoseRequestGaveUpIsNotWritten() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch inSink = new CountDownLatch(1);
        start(100, Duration.ofMillis(1), rows -> {
            inSink.countDown();
            await(release);
            written.addAll(rows);
        });
        writer.submit("blocking the writer");
        // in the sink, not merely off the queue: during its linger the writer could take the next row into this batch
        await(inSink);
        CompletableFuture<Void> abandoned = writer.submit("abandoned");
        abandoned.completeExceptionally(new WriterUnavailableException("test", "the request gave up"));
        CompletableFuture<Void> kept = writer.submit("kept");
        release.countDown();
        kept.get(5, TimeUnit.SECONDS);
        assertEquals(List.of("blocking the writer", "kept"), written);
    }

    @Test
    void lagShowsHowLongTheOldestRowHasWaited() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        start(100, Duration.ofMillis(1), rows -> await(release));
        assertEquals(0, writer.oldestWaitMillis());
        writer.submit("stuck");
        Thread.sleep(120);
        assertTrue(writer.oldestWaitMillis() >= 100, "lag " + writer.oldestWaitMillis());
        release.countDown();
        waitUntil(() -> writer.oldestWaitMillis() == 0);
    }

    @Test
    void closeFailsWhatItCouldNotWrite() {
        start(100, Duration.ofMillis(1), written::addAll);
        writer.close();
        CompletableFuture<Void> late = writer.submit("after close");
        ExecutionException e = assertThrows(ExecutionException.class, () -> late.get(1, TimeUnit.SECONDS));
        assertInstanceOf(WriterUnavailableException.class, e.getCause());
        assertFalse(writer.alive());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not reached in 5 s");
            }
            Thread.onSpinWait();
        }
    }
}
