package cn.lifeinfo.compliance.audit;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Starts the service's group-commit writers with one linger and batch size, publishes their depth, lag and commits
 * as metrics and closes them at shutdown; {@link WriterReadiness} reads them.
 */
@ApplicationScoped
public class Writers {

    private final List<BatchedWriter<?>> started = new CopyOnWriteArrayList<>();
    private final MeterRegistry metrics;
    private final int batchSize;
    private final Duration linger;
    private final Duration commitTimeout;

    public Writers(MeterRegistry metrics,
                   @ConfigProperty(name = "compliance.audit.batch-size") int batchSize,
                   @ConfigProperty(name = "compliance.audit.linger") Duration linger,
                   @ConfigProperty(name = "compliance.audit.commit-timeout") Duration commitTimeout) {
        this.metrics = metrics;
        this.batchSize = batchSize;
        this.linger = linger;
        this.commitTimeout = commitTimeout;
    }

    /** {@code sink} writes one batch in one transaction, or throws and leaves nothing written. */
    public <T> BatchedWriter<T> start(String name, int capacity, Consumer<List<T>> sink) {
        BatchedWriter<T> writer = new BatchedWriter<>(name, capacity, batchSize, linger, sink);
        started.add(writer);
        Gauge.builder("compliance.writer.queue.depth", writer, BatchedWriter::depth).tag("writer", name)
                .description("Rows waiting to be committed").register(metrics);
        Gauge.builder("compliance.writer.lag", writer, w -> w.oldestWaitMillis() / 1000.0).tag("writer", name)
                .baseUnit("seconds").description("Age of the oldest row not yet committed").register(metrics);
        Gauge.builder("compliance.writer.alive", writer, w -> w.alive() ? 1 : 0).tag("writer", name)
                .description("1 while the writer's thread runs").register(metrics);
        FunctionTimer.builder("compliance.writer.commits", writer, BatchedWriter::commits,
                        BatchedWriter::commitNanos, TimeUnit.NANOSECONDS).tag("writer", name)
                .description("Transactions committed (one per batch)").register(metrics);
        FunctionCounter.builder("compliance.writer.rejected.rows", writer, BatchedWriter::rejectedRows)
                .tag("writer", name).description("Rows the database refused for their content").register(metrics);
        return writer;
    }

    public List<BatchedWriter<?>> all() {
        return List.copyOf(started);
    }

    public Duration linger() {
        return linger;
    }

    /** How long a request waits for its rows before it is answered 503 (compliance.audit.commit-timeout). */
    public Duration commitTimeout() {
        return commitTimeout;
    }

    void onStop(@Observes ShutdownEvent event) {
        started.forEach(BatchedWriter::close);
    }
}
