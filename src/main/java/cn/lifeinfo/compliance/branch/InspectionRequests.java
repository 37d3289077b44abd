package cn.lifeinfo.compliance.branch;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Bodies of the inspection endpoints (PEN-BR-001/002). Dates are ISO strings, checked with their field names. */
public final class InspectionRequests {

    private InspectionRequests() {
    }

    /** POST /api/v1/branches/inspections. */
    @Schema(name = "OpenInspectionsRequest")
    public record Open(Integer year) {
    }

    /**
     * POST /api/v1/branches/inspections/{id}/findings. {@code foundOn} defaults to today; the branch head and the
     * directly responsible persons are staff ids, named now so that a later PEN-BR-002 sanction can name them.
     */
    @Schema(name = "BranchFindingRequest")
    public record Finding(String description, String severity, String foundOn, String remediationDeadline,
                          String branchHeadId, List<String> responsiblePersonIds) {
    }

    /** POST /api/v1/branches/inspections/findings/{id}/remediation: when it was done and what shows it. */
    @Schema(name = "RemediationRequest")
    public record Remediation(String remediatedOn, String evidence) {
    }
}
