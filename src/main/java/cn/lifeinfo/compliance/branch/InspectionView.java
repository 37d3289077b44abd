package cn.lifeinfo.compliance.branch;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One branch's inspection of one year with its findings and PEN-BR-002 sanctions. {@code status}: OPEN (no finding
 * recorded yet), REMEDIATION_PENDING (a finding not yet remediated), REMEDIATED (every finding remediated), SANCTIONED
 * (a finding was not remediated by its deadline).
 */
public record InspectionView(String inspectionId, String ruleId, String branchCode, String branchName, int year,
                             String status, String openedBy, Instant openedAt, List<FindingView> findings,
                             List<SanctionView> sanctions) {

    public static final String RULE = "PEN-BR-001";

    /** {@code status} as of today: OPEN, OVERDUE, REMEDIATED or REMEDIATED_LATE. */
    @Schema(name = "BranchFindingView")
    public record FindingView(String findingId, String inspectionId, String description, String severity,
                              LocalDate foundOn, LocalDate remediationDeadline, String branchHeadId,
                              List<String> responsiblePersonIds, String status, LocalDate remediatedOn,
                              String evidence, String recordedBy, String remediationRecordedBy) {

        static FindingView of(BranchFinding f, LocalDate today) {
            String status = f.remediatedOn != null ? (f.remediatedOn.isAfter(f.deadline) ? "REMEDIATED_LATE" : "REMEDIATED")
                    : f.overdueOn(today) ? "OVERDUE" : "OPEN";
            return new FindingView(f.findingId, f.inspectionId, f.description, f.severity, f.foundOn, f.deadline,
                    f.branchHeadId, ids(f.responsibleIds), status, f.remediatedOn, f.evidence, f.recordedBy,
                    f.remediationRecordedBy);
        }
    }

    @Schema(name = "BranchSanctionView")
    public record SanctionView(String sanctionId, String ruleId, String reasonZh, String reasonEn, String findingId,
                               String branchCode, String branchHeadId, List<String> responsiblePersonIds,
                               LocalDate remediationDeadline, LocalDate checkedAsOf, String createdBy,
                               Instant createdAt) {

        public static final String RULE = "PEN-BR-002";
        // catalog §5.2, verbatim
        static final String REASON_ZH = "清查整改不到位,对主管人员和直接责任人处罚";
        static final String REASON_EN = "Failed remediation → penalise managers";

        static SanctionView of(BranchSanction s) {
            return new SanctionView(s.sanctionId, s.ruleId, REASON_ZH, REASON_EN, s.findingId, s.branchCode,
                    s.branchHeadId, ids(s.responsibleIds), s.deadline, s.checkedAsOf, s.createdBy, s.createdAt);
        }
    }

    /** Answer of POST /api/v1/branches/inspections: what was opened now and every inspection of the year. */
    @Schema(name = "OpenedInspections")
    public record Opened(int year, int opened, int alreadyOpen, List<InspectionView> inspections) {
    }

    /** Answer of a PEN-BR-002 check: findings overdue on {@code asOf} and the sanctions this check created. */
    @Schema(name = "SanctionCheckView")
    public record SanctionCheck(LocalDate asOf, int overdueFindings, int created, List<SanctionView> sanctions) {
    }

    static List<String> ids(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
