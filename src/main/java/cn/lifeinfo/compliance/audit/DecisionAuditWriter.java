package cn.lifeinfo.compliance.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
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

/**
 * Writes audit rows (decision audit, stored decision inputs) in batches off the request thread, so a decision does not wait for a database commit. The queue
 * is bounded: when it is full the caller writes its row itself (back-pressure, never a dropped row), and shutdown
 * drains what is left.
 */
@ApplicationScoped
public class DecisionAuditWriter {

    private static final Logger LOG = Logger.getLogger(DecisionAuditWriter.class);

    private final BlockingQueue<PanacheEntityBase> queue;
    private final int batchSize;
    private final Thread worker;
    private volatile boolean running = true;
    private final Object idle = new Object();

    public DecisionAuditWriter(@ConfigProperty(name = "compliance.audit.queue-capacity") int capacity,
                               @ConfigProperty(name = "compliance.audit.batch-size") int batchSize) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.batchSize = batchSize;
        this.worker = new Thread(this::drainLoop, "decision-audit-writer");
        this.worker.setDaemon(true);
        this.worker.start();
    }

    public void record(PanacheEntityBase entry) {
        if (!queue.offer(entry)) {
            persist(List.of(entry));
        }
    }

    /** Waits until every queued row is committed (tests, shutdown). */
    public void flush(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (idle) {
            while (!queue.isEmpty() && System.nanoTime() < deadline) {
                try {
                    idle.wait(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        // the last batch may still be in its transaction
        synchronized (this) {
            // acquiring the lock waits for persist() to finish
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        worker.interrupt();
        List<PanacheEntityBase> rest = new ArrayList<>();
        queue.drainTo(rest);
        if (!rest.isEmpty()) {
            persist(rest);
        }
    }

    private void drainLoop() {
        List<PanacheEntityBase> batch = new ArrayList<>(batchSize);
        while (running) {
            try {
                PanacheEntityBase first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                synchronized (this) {
                    batch.add(first);
                    queue.drainTo(batch, batchSize - 1);
                    persist(batch);
                    batch.clear();
                }
                synchronized (idle) {
                    idle.notifyAll();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // keep the rows: they go back to the queue and are retried after a pause
                LOG.errorf(e, "Audit batch of %d rows failed; retrying", batch.size());
                batch.forEach(queue::offer);
                batch.clear();
                pause();
            }
        }
    }

    private synchronized void persist(List<PanacheEntityBase> rows) {
        QuarkusTransaction.requiringNew().run(() -> PanacheEntityBase.persist(rows.stream()));
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
