package cn.lifeinfo.compliance.lifecycle;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** LIFE-LIST-001: one downloaded customer list (never its content) until its destruction is confirmed. */
@Entity
@Table(name = "list_export")
public class ListExportEntity extends PanacheEntityBase {

    @Id
    @Column(name = "export_id")
    public String exportId;
    @Column(name = "exported_at")
    public Instant exportedAt;
    /** The calendar day of exportedAt in compliance.zone: the destruction period counts from it. */
    @Column(name = "exported_on")
    public LocalDate exportedOn;
    @Column(name = "downloaded_by")
    public String downloadedBy;
    /** The salesperson who holds the list, if one does: the one a LIST_NOT_DESTROYED violation is recorded for. */
    @Column(name = "agent_code")
    public String agentCode;
    public String purpose;
    @Column(name = "row_count")
    public int rowCount;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "recorded_at")
    public Instant recordedAt;
    @Column(name = "destroyed_on")
    public LocalDate destroyedOn;
    @Column(name = "destroyed_method")
    public String destroyedMethod;
    @Column(name = "destruction_by")
    public String destructionBy;
    @Column(name = "destruction_at")
    public Instant destructionAt;
    @Column(name = "violation_id")
    public String violationId;
}
