package cn.lifeinfo.compliance.audit;

/**
 * A decision was reached but its record is not committed, so it must not be answered (留痕: no answer without its
 * audit trail). {@code retryable} when the cause is passing (the database is slow or away), not the row itself.
 */
public class DecisionNotRecordedException extends RuntimeException {

    private final boolean retryable;

    public DecisionNotRecordedException(String why, boolean retryable) {
        super(why, null, false, false);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
