package cn.lifeinfo.compliance.ruleset;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * At most one workbook is parsed and compiled at a time on an instance: a compile takes seconds and hundreds of MB,
 * and two large uploads at once could take the heap the decisions need. Others queue (fairly) for a bounded time and
 * are then refused with 503 and Retry-After rather than piling up. Uploads, activations, replicas following the
 * pointer, impact previews and past assessment versions (score replays) all go through here; only the start-up seed waits without bound (nothing is served yet).
 */
@ApplicationScoped
public class CompileSlot {

    private final Semaphore slot = new Semaphore(1, true);
    private final Duration wait;
    private final Duration retryAfter;

    public CompileSlot(@ConfigProperty(name = "compliance.rules.compile-wait") Duration wait,
                       @ConfigProperty(name = "compliance.rules.compile-retry-after") Duration retryAfter) {
        this.wait = wait;
        this.retryAfter = retryAfter;
    }

    /** Runs {@code work} holding the slot, after waiting at most the configured time for it. */
    public <T> T run(Supplier<T> work) {
        boolean acquired;
        try {
            acquired = slot.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompilerBusyException(wait, retryAfter);
        }
        if (!acquired) {
            throw new CompilerBusyException(wait, retryAfter);
        }
        try {
            return work.get();
        } finally {
            slot.release();
        }
    }

    /** For start-up, when waiting is harmless and giving up would stop the instance. */
    public <T> T runWaiting(Supplier<T> work) {
        slot.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            slot.release();
        }
    }
}
