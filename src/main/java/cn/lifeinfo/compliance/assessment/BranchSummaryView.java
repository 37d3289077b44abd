package cn.lifeinfo.compliance.assessment;

import java.util.List;
import java.util.Map;

/**
 * GET /api/v1/agents/scores/summary: per branch the caller may see, its agents by status on {@code asOf}, the
 * violations dated in asOf's month, and the branch's active points at each of the last twelve month ends.
 */
public record BranchSummaryView(String asOf, String rulesetVersion, List<Branch> branches) {

    public record Branch(String branchCode, String branchName, int agents, Map<String, Integer> byStatus,
                         int activePoints, int newViolationsThisMonth, List<MonthPoints> trend) {
    }

    /** Active points summed over the branch's agents on the month's last day (asOf for the current month). */
    public record MonthPoints(String month, int activePoints) {
    }
}
