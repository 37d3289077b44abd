package cn.lifeinfo.compliance.assessment.facts;

/**
 * A policy's commission question (PEN-INT-000..004), reduced by Java to facts the sheet "佣金处理 Commission"
 * decides on.
 *
 * @param infoIssue             the policy's customer information is untrue or incomplete (truthfulness FAIL)
 * @param overdue               not corrected by the deadline, and the deadline has passed (or corrected late)
 * @param correctedOnTime       corrected on or before the deadline
 */
public record CommissionCase(boolean infoIssue, boolean commissionAlreadyPaid, boolean intermediaryRefused,
                             boolean overdue, boolean correctedOnTime) {

    public boolean isInfoIssue() { return infoIssue; }
    public boolean isCommissionAlreadyPaid() { return commissionAlreadyPaid; }
    public boolean isIntermediaryRefused() { return intermediaryRefused; }
    public boolean isOverdue() { return overdue; }
    public boolean isCorrectedOnTime() { return correctedOnTime; }
}
