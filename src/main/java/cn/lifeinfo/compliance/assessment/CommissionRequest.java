package cn.lifeinfo.compliance.assessment;

/**
 * Body of POST /api/v1/decisions/commission (PEN-INT-000..004) for an intermediary policy.
 *
 * @param truthfulnessOverall PASS or FAIL; when absent, the policy's latest stored truthfulness decision
 * @param issueDate           when the issue was notified; the deadline runs from it (default: that decision's date)
 * @param correctionDeadline  overrides issueDate + correctionDeadlineDays (sheet 参数 Parameters)
 * @param correctedDate       when the intermediary corrected the information, if it did
 * @param asOf                the date of the question (default today)
 */
public record CommissionRequest(String policyNo, String truthfulnessOverall, Boolean commissionAlreadyPaid,
                                String issueDate, String correctionDeadline, String correctedDate,
                                Boolean intermediaryRefused, String asOf) {
}
