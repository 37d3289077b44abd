package cn.lifeinfo.compliance.service;

/**
 * What a service request may do (API.md), as the 结论 Decision column of the service workbook says it. The workbook's
 * cell grammar (decision-tables.json) allows exactly these codes, so a compiled workbook never names another one.
 */
public enum ServiceVerdict {
    PERMIT, DENY, PENDING_APPROVAL, RESTRICT, COMPLETED, COMPLETED_LATE, RECALL_REQUIRED, INVALID_CALLBACK, OVERDUE,
    NOT_REQUIRED, PENDING;

    public boolean permitted() {
        return this == PERMIT;
    }

    /** A callback that reached and verified the policyholder, in time or late. */
    public boolean completed() {
        return this == COMPLETED || this == COMPLETED_LATE;
    }
}
