package cn.lifeinfo.compliance.audit;

import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Group commit: rows from many requests are written in one transaction, and each request learns when its own row is
 * committed ({@link #submit}), so a decision is answered only once its record is durable. A batch is written when it
 * is full or when its first row has waited {@code linger} (a couple of milliseconds: commits are shared by the
 * requests that arrive meanwhile, not one per decision). The queue is bounded: a full queue refuses the row at once
 * ({@link WriterUnavailableException}) instead of holding an unbounded backlog in the heap. A batch that fails for a
 * reason that lies in the data (SQL state class 22 or 23: too long, out of range, constraint) is split, so the bad row
 * fails its own request and the others commit; any other failure (database away) is retried with the whole batch
 * while the requests wait up to their own deadline. The thread survives errors; {@link #alive()} and
 * {@link #oldestWaitMillis()} feed readiness and metrics.
 */
public final class BatchedWriter<T> {

    private static final Logger LOG = Logger.getLogger(BatchedWriter.class);
    /** How soon a lingering batch notices a flush or close. */
    private static final long POLL_SLICE_NANOS = 1_000_000L;
    private static final long RETRY_PAUSE_MILLIS = 200;

    private record Pending<T>(T row, CompletableFuture<Void> committed, long since) {
    }

    private final String name;
    private final BlockingQueue<Pending<T>> queue;
    private final int batchSize;
    private final long lingerNanos;
    private final Consumer<List<T>> sink;
    private final Thread worker;
    private final AtomicLong queued = new AtomicLong();
    private final AtomicLong settled = new AtomicLong();
    private final AtomicLong commits = new AtomicLong();
    private final AtomicLong commitNanos = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    /** The first row of the batch being written, or 0: how far behind the writer is. */
    private volatile long inFlightSince;
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

    /**
     * Queues the row; the future completes once it is committed, or fails with {@link WriterUnavailableException}
     * (queue full, writer closed) or {@link RowRejectedException} (the database refuses this row).
     */
    public CompletableFuture<Void> submit(T row) {
        CompletableFuture<Void> committed = new CompletableFuture<>();
        if (!running || !queue.offer(new Pending<>(row, committed, System.nanoTime()))) {
            committed.completeExceptionally(new WriterUnavailableException(name, running
                    ? "its queue is full" : "it is closing"));
            return committed;
        }
        queued.incrementAndGet();
        return committed;
    }

    /** Write-behind: nobody waits for this row, and a failure is only logged (sampled inputs, never a decision). */
    public void add(T row) {
        submit(row).exceptionally(e -> {
            LOG.warnf("%s: a write-behind row was not written: %s", name, e.getClass().getSimpleName());
            return null;
        });
    }

    /** Returns once every row queued before the call is settled (committed or refused), or after the timeout. */
    public void flush(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long target = queued.get();
        while (settled.get() < target && System.nanoTime() < deadline) {
            urgent = true; // cut the linger short: someone is waiting for these rows
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Stops taking rows and writes what is queued (up to 10 s; what is left then fails its requests). */
    public void close() {
        running = false;
        try {
            worker.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<Pending<T>> rest = new ArrayList<>();
        queue.drainTo(rest);
        rest.forEach(p -> p.committed().completeExceptionally(new WriterUnavailableException(name, "it closed")));
    }

    public String name() {
        return name;
    }

    public boolean alive() {
        return worker.isAlive() && running;
    }

    public int depth() {
        return queue.size();
    }

    /** Age of the oldest row not yet committed: 0 when the writer keeps up. */
    public long oldestWaitMillis() {
        long since = inFlightSince;
        if (since == 0) {
            Pending<T> head = queue.peek();
            since = head == null ? 0 : head.since();
        }
        return since == 0 ? 0 : Math.max(0, (System.nanoTime() - since) / 1_000_000);
    }

    public long commits() {
        return commits.get();
    }

    public long commitNanos() {
        return commitNanos.get();
    }

    public long rejectedRows() {
        return rejected.get();
    }

    private void drainLoop() {
        List<Pending<T>> batch = new ArrayList<>(batchSize);
        while (running || !batch.isEmpty() || !queue.isEmpty()) {
            try {
                if (batch.isEmpty()) {
                    Pending<T> first = queue.poll(100, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        continue;
                    }
                    batch.add(first);
                }
                fill(batch);
                batch.removeIf(this::abandoned);
                if (batch.isEmpty()) {
                    continue;
                }
                inFlightSince = batch.get(0).since();
                commit(batch);
                batch.clear();
                inFlightSince = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException e) {
                LOG.errorf("%s: batch of %d rows failed (%s); retrying", name, batch.size(), rootMessage(e));
                pause();
            } catch (Error e) {
                // the requests waiting on this batch learn it at once; the thread lives on for the next batch
                LOG.errorf(e, "%s: batch of %d rows failed with an error; their requests are refused", name,
                        batch.size());
                refuse(batch, new WriterUnavailableException(name, e.getClass().getSimpleName()));
                batch.clear();
                inFlightSince = 0;
            }
        }
        List<Pending<T>> rest = new ArrayList<>(batch);
        queue.drainTo(rest);
        refuse(rest, new WriterUnavailableException(name, "it stopped"));
    }

    /** Tops the batch up until it is full or its linger is over, or someone flushes or closes. */
    private void fill(List<Pending<T>> batch) throws InterruptedException {
        long until = batch.get(0).since() + lingerNanos;
        queue.drainTo(batch, batchSize - batch.size());
        long left;
        while (batch.size() < batchSize && running && !urgent && (left = until - System.nanoTime()) > 0) {
            Pending<T> next = queue.poll(Math.min(left, POLL_SLICE_NANOS), TimeUnit.NANOSECONDS);
            if (next != null) {
                batch.add(next);
                queue.drainTo(batch, batchSize - batch.size());
            }
        }
        urgent = false;
    }

    /**
     * Writes the batch; a failure that lies in the data splits it so that only the refused rows fail. A failure
     * that does not (the database is away) propagates with the rows still in {@code batch}, to be retried.
     */
    private void commit(List<Pending<T>> batch) {
        try {
            write(batch.stream().map(Pending::row).toList());
            batch.forEach(this::committed);
            return;
        } catch (RuntimeException e) {
            if (!isDataError(e)) {
                throw e;
            }
        }
        for (Iterator<Pending<T>> it = batch.iterator(); it.hasNext(); ) {
            Pending<T> p = it.next();
            try {
                write(List.of(p.row()));
                committed(p);
            } catch (RuntimeException e) {
                if (!isDataError(e)) {
                    throw e;
                }
                rejected.incrementAndGet();
                LOG.errorf("%s: the database refused a row (%s); its request fails", name, rootMessage(e));
                settle(p).completeExceptionally(new RowRejectedException(name, rootMessage(e)));
            }
            it.remove();
        }
    }

    private void write(List<T> rows) {
        long start = System.nanoTime();
        sink.accept(rows);
        commits.incrementAndGet();
        commitNanos.addAndGet(System.nanoTime() - start);
    }

    /** Its request gave up waiting (and answered an error): the row of a decision nobody received is not written. */
    private boolean abandoned(Pending<T> p) {
        if (!p.committed().isDone()) {
            return false;
        }
        settled.incrementAndGet();
        return true;
    }

    private void committed(Pending<T> p) {
        settle(p).complete(null);
    }

    private CompletableFuture<Void> settle(Pending<T> p) {
        settled.incrementAndGet();
        return p.committed();
    }

    private void refuse(List<Pending<T>> rows, RuntimeException why) {
        rows.forEach(p -> settle(p).completeExceptionally(why));
    }

    /** SQL state class 22 (data exception) or 23 (integrity constraint): this row will never be written. */
    static boolean isDataError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("22") || sql.getSQLState().startsWith("23"))) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY_PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
