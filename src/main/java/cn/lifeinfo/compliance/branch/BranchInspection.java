package cn.lifeinfo.compliance.branch;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/** PEN-BR-001: the inspection task of one branch for one year (unique per branch and year). */
@Entity
@Table(name = "branch_inspection")
public class BranchInspection extends PanacheEntityBase {

    @Id
    @Column(name = "inspection_id")
    public String inspectionId;
    @Column(name = "branch_code")
    public String branchCode;
    @Column(name = "inspection_year")
    @JdbcTypeCode(SqlTypes.SMALLINT) // V52's SMALLINT, as Hibernate's schema validation checks it
    public int year;
    @Column(name = "opened_by")
    public String openedBy;
    @Column(name = "opened_at")
    public Instant openedAt;
}
