package cn.lifeinfo.compliance.screening;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScreeningWorkerTest {

    private final ScreeningWorker worker = new ScreeningWorker(null, null, null, null, null);

    // An idle worker waits for the next poll unless work arrives on this instance: then it looks at once.
    @Test
    void anIdleWorkerIsWokenByNewsInsteadOfWaitingForItsPoll() throws Exception {
        long seen = worker.news();
        CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> {
            try {
                worker.awaitNews(seen, 60_000);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(200);
        assertFalse(waiting.isDone(), "no news: still waiting");
        worker.wake();
        waiting.get(10, TimeUnit.SECONDS); // not the minute of its poll
    }

    // News that came between the worker's look and its wait is not lost.
    @Test
    void newsBeforeTheWaitEndsItAtOnce() throws Exception {
        long seen = worker.news();
        worker.wake();
        long t0 = System.nanoTime();
        worker.awaitNews(seen, 60_000);
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(10));
    }

    @Test
    void withoutNewsTheWaitLastsThePollInterval() throws Exception {
        long t0 = System.nanoTime();
        worker.awaitNews(worker.news(), 300);
        assertTrue(System.nanoTime() - t0 >= TimeUnit.MILLISECONDS.toNanos(290));
    }
}
