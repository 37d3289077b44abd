package cn.lifeinfo.compliance.audit;

import java.util.List;

/**
 * A table whose rows a decision waits for besides its audit row (population keys, derived violations): they are
 * committed by {@link DecisionAuditWriter} in the same transactions as the audit rows, so a stored decision costs one
 * shared commit, not one per table.
 */
public interface AuditedTable<T> {

    /** Writes the rows inside the writer's transaction; throws to roll the whole batch back. */
    void write(List<T> rows);

    /** The rows are committed (on the writer's thread, after the transaction). */
    default void committed(List<T> rows) {
    }
}
