package cn.lifeinfo.compliance.audit;

import cn.lifeinfo.compliance.common.SqlBatch;

import java.util.List;

/**
 * A table whose rows a decision waits for besides its audit row (population keys, derived violations): they are
 * committed by {@link DecisionAuditWriter} in the same transactions as the audit rows, so a stored decision costs one
 * shared commit, not one per table.
 */
public interface AuditedTable<T> {

    /** Adds the statements that write the rows to the writer's transaction (sent in one query with the others). */
    void write(List<T> rows, SqlBatch batch);

    /** The rows are committed (on the writer's thread, after the transaction). */
    default void committed(List<T> rows) {
    }
}
