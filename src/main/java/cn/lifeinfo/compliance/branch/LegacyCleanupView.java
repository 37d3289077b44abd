package cn.lifeinfo.compliance.branch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * GET /api/v1/branches/legacy-cleanup: historical policies (applied for before {@code legacyBefore}) with their
 * correction status as of {@code asOf}, counted per branch; those still defective after {@code exposureAfter} are the
 * regulatory exposure (PEN-BR-003). {@code policies} is one page, exposure first.
 */
public record LegacyCleanupView(String ruleId, LocalDate asOf, LocalDate legacyBefore, LocalDate exposureAfter,
                                Counts totals, List<BranchCounts> branches, List<Policy> policies, int page, int size,
                                boolean policyNumbersMasked) {

    public static final String CORRECTED = "CORRECTED";
    public static final String STILL_DEFECTIVE = "STILL_DEFECTIVE";

    public record Counts(long policies, long corrected, long stillDefective, long regulatoryExposure) {
    }

    /** {@code branchCode} null: the salesperson is not in the agent registry (or the record named none). */
    public record BranchCounts(String branchCode, String branchName, long policies, long corrected,
                               long stillDefective, long regulatoryExposure) {
    }

    public record Policy(String policyNo, String branchCode, LocalDate applicationDate, String status,
                         boolean regulatoryExposure, String decisionId, Instant decidedAt, String rulesetVersion) {
    }
}
