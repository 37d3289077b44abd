package cn.lifeinfo.compliance.branch;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** What an inspection found, whom it holds accountable, by when the branch must remediate it, and the remediation. */
@Entity
@Table(name = "branch_finding")
public class BranchFinding extends PanacheEntityBase {

    @Id
    @Column(name = "finding_id")
    public String findingId;
    @Column(name = "inspection_id")
    public String inspectionId;
    public String description;
    /** HIGH, MEDIUM or LOW. */
    public String severity;
    @Column(name = "found_on")
    public LocalDate foundOn;
    @Column(name = "remediation_deadline")
    public LocalDate deadline;
    @Column(name = "branch_head_id")
    public String branchHeadId;
    /** Comma-separated staff ids of the directly responsible persons. */
    @Column(name = "responsible_ids")
    public String responsibleIds;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "recorded_at")
    public Instant recordedAt;
    @Column(name = "remediated_on")
    public LocalDate remediatedOn;
    @Column(name = "remediation_evidence")
    public String evidence;
    @Column(name = "remediation_recorded_by")
    public String remediationRecordedBy;
    @Column(name = "remediation_recorded_at")
    public Instant remediationRecordedAt;

    /**
     * PEN-BR-002's trigger: on {@code asOf} the deadline has passed and the finding was not remediated on or before
     * it. The deadline day itself still counts as in time; a remediation after the deadline does not undo it.
     */
    public boolean overdueOn(LocalDate asOf) {
        return asOf.isAfter(deadline) && (remediatedOn == null || remediatedOn.isAfter(deadline));
    }
}
