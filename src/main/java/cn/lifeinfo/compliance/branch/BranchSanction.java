package cn.lifeinfo.compliance.branch;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * PEN-BR-002: the sanction record of a finding not remediated by its deadline, naming the branch head and the
 * directly responsible persons as the finding named them. One per finding; append-only (V52 triggers).
 */
@Entity
@Table(name = "branch_sanction")
public class BranchSanction extends PanacheEntityBase {

    @Id
    @Column(name = "sanction_id")
    public String sanctionId;
    @Column(name = "finding_id")
    public String findingId;
    @Column(name = "rule_id")
    public String ruleId;
    @Column(name = "branch_code")
    public String branchCode;
    @Column(name = "branch_head_id")
    public String branchHeadId;
    @Column(name = "responsible_ids")
    public String responsibleIds;
    @Column(name = "remediation_deadline")
    public LocalDate deadline;
    @Column(name = "checked_as_of")
    public LocalDate checkedAsOf;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
}
