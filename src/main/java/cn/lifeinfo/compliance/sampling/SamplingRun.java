package cn.lifeinfo.compliance.sampling;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One sample of one branch for one period; (kind, period, branch) is unique, so a run is opened once. */
@Entity
@Table(name = "sampling_run")
public class SamplingRun extends PanacheEntityBase {

    @Id
    @Column(name = "run_id", length = 26)
    public String runId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    public SamplingKind kind;

    @Column(name = "period", nullable = false)
    public String period;

    @Column(name = "branch_code", nullable = false)
    public String branchCode;

    /** The service version whose 参数 sheet gave the rate and minimum. */
    @Column(name = "ruleset_version", nullable = false)
    public String rulesetVersion;

    @Column(name = "rate_percent", nullable = false)
    public int ratePercent;

    @Column(name = "minimum", nullable = false)
    public int minimum;

    @Column(name = "population", nullable = false)
    public int population;

    @Column(name = "quota", nullable = false)
    public int quota;

    @Column(name = "grey_listed", nullable = false)
    public int greyListed;

    /** Drawn from the run id: the same population gives the same sample (SamplingDraw). */
    @Column(name = "seed", nullable = false)
    public long seed;

    @Column(name = "opened_by", nullable = false)
    public String openedBy;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;
}
