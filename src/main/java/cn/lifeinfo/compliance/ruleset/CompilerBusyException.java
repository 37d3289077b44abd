package cn.lifeinfo.compliance.ruleset;

import java.time.Duration;

/** The instance's one compile slot stayed taken for the whole wait: the caller should try again later. */
public class CompilerBusyException extends RuntimeException {

    private final Duration retryAfter;

    public CompilerBusyException(Duration waited, Duration retryAfter) {
        super("Another workbook is being compiled; waited " + waited.toMillis() + " ms");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
