package cn.lifeinfo.compliance.access;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes access-log rows in batches off the request thread (same scheme as the decision audit): bounded queue,
 * the caller writes its own row when the queue is full (never a dropped row), failed batches are retried, and
 * shutdown drains the queue.
 */
@ApplicationScoped
public class AccessLogWriter {

    private static final Logger LOG = Logger.getLogger(AccessLogWriter.class);

    private final BlockingQueue<AccessDecisionLog> queue;
    private final int batchSize;
    private final Thread worker;
    private final Object lock = new Object();
    private final AtomicLong queued = new AtomicLong();
    private final AtomicLong written = new AtomicLong();
    private volatile boolean running = true;

    public AccessLogWriter(@ConfigProperty(name = "compliance.access.log.queue-capacity") int capacity,
                           @ConfigProperty(name = "compliance.access.log.batch-size") int batchSize) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.batchSize = batchSize;
        this.worker = new Thread(this::drainLoop, "access-log-writer");
        this.worker.setDaemon(true);
        this.worker.start();
    }

    public void record(AccessDecisionLog row) {
        queued.incrementAndGet();
        if (!queue.offer(row)) {
            if (Context.isOnEventLoopThread()) {
                // never block the event loop on the database: a worker writes the row
                Infrastructure.getDefaultWorkerPool().execute(() -> persist(List.of(row)));
            } else {
                persist(List.of(row));
            }
        }
    }

    /** Returns once every row queued before the call is committed, or after the timeout. */
    public void flush(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long target = queued.get();
        while (written.get() < target && System.nanoTime() < deadline) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        worker.interrupt();
        synchronized (lock) {
            List<AccessDecisionLog> rest = new ArrayList<>();
            queue.drainTo(rest);
            if (!rest.isEmpty()) {
                persist(rest);
            }
        }
    }

    private void drainLoop() {
        List<AccessDecisionLog> batch = new ArrayList<>(batchSize);
        while (running) {
            try {
                AccessDecisionLog first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                synchronized (lock) {
                    batch.add(first);
                    queue.drainTo(batch, batchSize - 1);
                    persist(batch);
                    batch.clear();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.errorf(e, "Access-log batch of %d rows failed; retrying", batch.size());
                batch.forEach(queue::offer);
                batch.clear();
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void persist(List<AccessDecisionLog> rows) {
        QuarkusTransaction.requiringNew().run(() -> AccessDecisionLog.persist(rows));
        written.addAndGet(rows.size());
    }
}
