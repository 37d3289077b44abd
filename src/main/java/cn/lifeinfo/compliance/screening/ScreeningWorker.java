package cn.lifeinfo.compliance.screening;

import cn.lifeinfo.compliance.common.Ulid;
import cn.lifeinfo.compliance.truthfulness.population.PolicyKeysCodec;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Screens stored books: each worker thread claims a chunk, runs its phase and commits the result, until no work is
 * left, then polls. Any number of instances can share a book; a chunk abandoned by a stopped instance is claimed
 * again once its claim is stale (or at once by the same host when it restarts).
 */
@ApplicationScoped
public class ScreeningWorker {

    private static final Logger LOG = Logger.getLogger(ScreeningWorker.class);

    private final ScreeningStore store;
    private final ChunkScreener screener;
    private final HeldBooks books;
    private final ScreeningConfig config;
    private final ScreeningMetrics metrics;
    private final String host;
    private final String instance;
    private final AtomicBoolean paused = new AtomicBoolean();
    private final java.util.concurrent.atomic.AtomicInteger busy = new java.util.concurrent.atomic.AtomicInteger();
    private volatile boolean running;
    private ExecutorService threads;
    /** Counts this instance's new work (a chunk stored, a book received, a chunk done): idle workers wait on it. */
    private long news;

    public ScreeningWorker(ScreeningStore store, ChunkScreener screener, HeldBooks books, ScreeningConfig config,
                           ScreeningMetrics metrics) {
        this.metrics = metrics;
        this.store = store;
        this.screener = screener;
        this.books = books;
        this.config = config;
        this.host = hostName();
        this.instance = host + "/" + Ulid.next();
    }

    void start(@Observes StartupEvent event) {
        if (!config.workersEnabled() || config.workerThreads() <= 0) {
            return;
        }
        int released = store.releaseClaims(host + "/", instance);
        if (released > 0) {
            LOG.infof("Released %d chunk claim(s) left by an earlier run of this host", released);
        }
        running = true;
        threads = Executors.newFixedThreadPool(config.workerThreads(), r -> {
            Thread t = new Thread(r, "screening-worker");
            t.setDaemon(true);
            return t;
        });
        for (int i = 0; i < config.workerThreads(); i++) {
            String workerId = instance + "/" + i;
            threads.submit(() -> loop(workerId));
        }
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (threads != null) {
            threads.shutdown();
            try {
                threads.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void loop(String workerId) {
        long idleMillis = config.pollInterval().toMillis();
        while (running) {
            try {
                long seen = news();
                if (paused.get() || !runGuarded(workerId)) {
                    if (workerId.endsWith("/0")) { // one housekeeper per instance is enough
                        store.finishStragglers();
                        store.failAbandonedUploads(config.claimTimeout());
                    }
                    awaitNews(seen, idleMillis);
                } else {
                    wake(); // a chunk done may be the one that lets the book's next phase start
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // the claim stays behind and goes stale: another worker (or this one) takes the chunk again
                LOG.errorf(e, "Screening worker %s failed on a chunk", workerId);
                try {
                    Thread.sleep(idleMillis);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /**
     * Work for the workers arrived on this instance: idle ones look now instead of at their next poll (other
     * instances' workers still find it by polling), so a book's chunks are indexed as they are stored and its
     * evaluation starts as soon as its last chunk is indexed.
     */
    public synchronized void wake() {
        news++;
        notifyAll();
    }

    synchronized long news() {
        return news;
    }

    /** Waits for news after {@code seen}, at most {@code millis}: a wake-up between the look and the wait is kept. */
    synchronized void awaitNews(long seen, long millis) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        for (long left = millis; news == seen && left > 0;
             left = TimeUnit.NANOSECONDS.toMillis(until - System.nanoTime() + 999_999)) {
            wait(left); // the monotonic clock: a wall-clock step neither cuts the wait short nor stretches it
        }
    }

    private boolean runGuarded(String workerId) {
        busy.incrementAndGet();
        try {
            return !paused.get() && runOnce(workerId);
        } finally {
            busy.decrementAndGet();
        }
    }

    /** Claims and processes one chunk as {@code workerId}; false when there was nothing to do. */
    public boolean runOnce(String workerId) {
        Optional<ScreeningStore.Claim> claim = store.claim(workerId, config.claimTimeout());
        if (claim.isEmpty()) {
            return false;
        }
        try {
            process(claim.get());
        } catch (RuntimeException e) {
            ScreeningStore.Claim c = claim.get();
            // a chunk whose storing fails does not fail the finished job: it is tried again
            if (c.attempts() >= config.maxAttempts() && !ScreeningStore.STORE.equals(c.state())) {
                // the same chunk keeps failing: stop the job with the reason rather than retry it for ever
                store.failJob(c.jobId(), "chunk " + c.seq() + " (" + c.state() + ") failed " + c.attempts()
                        + " times; last error: " + rootType(e));
                LOG.errorf("Screening job %s failed: chunk %d failed %d times", c.jobId(), c.seq(), c.attempts());
            } else {
                store.release(c);
            }
            throw e;
        }
        return true;
    }

    /**
     * Runs the phase of a claimed chunk and commits it; false when the claim was taken over meanwhile. After a job
     * ends, its chunks are claimed once more to write their book keys into the population tables (STORE).
     */
    public boolean process(ScreeningStore.Claim claim) {
        if (ScreeningStore.STORE.equals(claim.state())) {
            byte[] keys = store.bookKeys(claim.chunkId());
            if (keys != null) {
                screener.store(PolicyKeysCodec.decode(keys));
            }
            return store.completeStore(claim);
        }
        byte[] payload = store.payload(claim.chunkId());
        if (ScreeningStore.PENDING.equals(claim.state())) {
            ChunkScreener.Indexed indexed = screener.index(payload);
            boolean done = store.completeIndex(claim, indexed.errors(), indexed.bookKeys(), indexed.records());
            if (done && indexed.bookKeys() != null) {
                books.indexedHere(claim.jobId(), claim.chunkId());
            }
            return done;
        }
        books.catchUp(claim.jobId());
        byte[] keys = store.bookKeys(claim.chunkId());
        ChunkResult result = screener.evaluate(payload, keys == null ? null : PolicyKeysCodec.decode(keys));
        boolean done = store.completeEvaluate(claim, result);
        if (done) {
            metrics.screened(result.screened());
        }
        return done;
    }

    /** Claims without processing: for tests that abandon a claim as a crashed instance would. */
    public Optional<ScreeningStore.Claim> claim(String workerId) {
        return store.claim(workerId, config.claimTimeout());
    }

    /** Stops this instance's threads from claiming (tests that drive workers by hand). */
    public void pause(boolean pause) {
        paused.set(pause);
        while (pause && busy.get() > 0) {
            Thread.onSpinWait();
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The error's type only: messages of parse and SQL errors can quote a record. */
    private static String rootType(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getName();
    }

    private static String hostName() {
        String h = System.getenv("HOSTNAME");
        if (h == null || h.isBlank()) {
            try {
                h = InetAddress.getLocalHost().getHostName();
            } catch (Exception e) {
                h = "host";
            }
        }
        return h.length() > 60 ? h.substring(0, 60) : h;
    }
}
