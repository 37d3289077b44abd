package cn.lifeinfo.compliance.audit;

import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Writes rows in batches on its own thread, so a decision never waits for a database commit. A batch is written
 * when it is full or when its first row has waited {@code linger}: at hundreds of decisions per second that is a
 * few commits per second instead of one per decision. The queue is bounded: when it is full the caller writes its
 * own row (back-pressure, never a dropped row; off the event loop); a failed batch is retried; closing drains it.
 */
public final class BatchedWriter<T> {

    private static final Logger LOG = Logger.getLogger(BatchedWriter.class);
    /** How soon a lingering batch notices a flush or close. */
    private static final long POLL_SLICE_NANOS = 5_000_000L;

    private final String name;
    private final BlockingQueue<T> queue;
    private final int batchSize;
    private final long lingerNanos;
    private final Consumer<List<T>> sink;
    private final Thread worker;
    private final AtomicLong queued = new AtomicLong();
    private final AtomicLong written = new AtomicLong();
    private volatile boolean running = true;
    private volatile boolean urgent;

    /** {@code sink} writes one batch in one transaction, or throws and leaves nothing written. */
    public BatchedWriter(String name, int capacity, int batchSize, Duration linger, Consumer<List<T>> sink) {
        this.name = name;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.batchSize = batchSize;
        this.lingerNanos = linger.toNanos();
        this.sink = sink;
        this.worker = new Thread(this::drainLoop, name);
        this.worker.setDaemon(true);
        this.worker.start();
    }

    public void add(T row) {
        queued.incrementAndGet();
        if (running && queue.offer(row)) {
            return;
        }
        // the queue is full, or the writer is closing: the caller writes its own row
        if (Context.isOnEventLoopThread()) {
            Infrastructure.getDefaultWorkerPool().execute(() -> writeOwn(row));
        } else {
            writeOwn(row);
        }
    }

    private void writeOwn(T row) {
        try {
            write(List.of(row));
        } catch (RuntimeException e) {
            queued.decrementAndGet(); // not written and never will be: flush() must not wait for it
            throw e;
        }
    }

    /** Returns once every row added before the call is committed, or after the timeout. */
    public void flush(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long target = queued.get();
        while (written.get() < target && System.nanoTime() < deadline) {
            urgent = true; // cut the linger short: someone is waiting for these rows
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Stops the thread and writes what is left. */
    public void close() {
        running = false;
        try {
            worker.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<T> rest = new ArrayList<>();
        queue.drainTo(rest);
        if (!rest.isEmpty()) {
            write(rest);
        }
    }

    private void drainLoop() {
        List<T> batch = new ArrayList<>(batchSize);
        while (running || !batch.isEmpty()) {
            try {
                if (batch.isEmpty()) {
                    T first = queue.poll(200, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        continue;
                    }
                    batch.add(first);
                }
                fill(batch);
                write(batch);
                batch.clear();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.errorf(e, "%s: batch of %d rows failed; retrying", name, batch.size());
                pause();
            }
        }
    }

    /** Tops the batch up until it is full or its linger is over, or someone flushes or closes. */
    private void fill(List<T> batch) throws InterruptedException {
        long until = System.nanoTime() + lingerNanos;
        queue.drainTo(batch, batchSize - batch.size());
        long left;
        while (batch.size() < batchSize && running && !urgent && (left = until - System.nanoTime()) > 0) {
            T next = queue.poll(Math.min(left, POLL_SLICE_NANOS), TimeUnit.NANOSECONDS);
            if (next != null) {
                batch.add(next);
                queue.drainTo(batch, batchSize - batch.size());
            }
        }
        urgent = false;
    }

    private void write(List<T> rows) {
        sink.accept(rows);
        written.addAndGet(rows.size());
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
