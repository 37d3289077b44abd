package cn.lifeinfo.compliance.screening;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of the book clean-up job ({@code compliance.screening.*}). */
@ConfigMapping(prefix = "compliance.screening")
public interface ScreeningConfig {

    /** Records per stored chunk: the unit a worker claims, indexes and decides in one go. */
    @WithDefault("2000")
    int chunkRecords();

    /** Whether this instance runs workers (an instance may only accept uploads and answer reads). */
    @WithDefault("true")
    boolean workersEnabled();

    /** Worker threads of this instance; add replicas to screen a book faster. */
    @WithDefault("2")
    int workerThreads();

    /** How long an idle worker waits before looking for work again. */
    @WithDefault("1s")
    Duration pollInterval();

    /** A claim older than this is taken to be abandoned (crashed or stopped worker) and may be claimed again. */
    @WithDefault("2m")
    Duration claimTimeout();

    /** A chunk whose processing has failed this many times fails its job (with the reason) instead of looping. */
    @WithDefault("5")
    int maxAttempts();

    /** Largest book accepted by POST /api/v1/screenings, in bytes. */
    @WithDefault("4294967296")
    long maxUploadBytes();

    /** Report a salesperson code missing from the agent registry as finding SCR-AGENT-001 (WARN). */
    @WithDefault("true")
    boolean checkAgentRegistry();
}
