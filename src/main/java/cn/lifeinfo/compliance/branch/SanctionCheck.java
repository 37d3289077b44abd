package cn.lifeinfo.compliance.branch;

import cn.lifeinfo.compliance.common.Ulid;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * PEN-BR-002: a finding not remediated by its deadline becomes a sanction record naming the branch head and the
 * directly responsible persons. Runs every night for yesterday's deadlines and on demand for any past date; the
 * unique key on the finding makes every run, on any replica, create each sanction at most once.
 */
@ApplicationScoped
public class SanctionCheck {

    static final String JOB_USER = "system:pen-br-002";
    private static final Logger LOG = Logger.getLogger(SanctionCheck.class);

    private final EntityManager em;
    private final ZoneId zone;

    public SanctionCheck(EntityManager em, @ConfigProperty(name = "compliance.zone") ZoneId zone) {
        this.em = em;
        this.zone = zone;
    }

    public InspectionView.SanctionCheck check(LocalDate asOf, String user) {
        return QuarkusTransaction.requiringNew().call(() -> {
            // candidates by the deadline index; overdueOn() is the one place that says what overdue means
            List<BranchFinding> overdue = BranchFinding.<BranchFinding>list("deadline < ?1", asOf).stream()
                    .filter(f -> f.overdueOn(asOf)).toList();
            List<InspectionView.SanctionView> created = new ArrayList<>();
            for (BranchFinding f : overdue) {
                BranchInspection inspection = BranchInspection.findById(f.inspectionId);
                String id = Ulid.next();
                int rows = em.createNativeQuery("INSERT IGNORE INTO branch_sanction (sanction_id, finding_id, rule_id,"
                                + " branch_code, branch_head_id, responsible_ids, remediation_deadline, checked_as_of,"
                                + " created_by, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
                        .setParameter(1, id).setParameter(2, f.findingId)
                        .setParameter(3, InspectionView.SanctionView.RULE).setParameter(4, inspection.branchCode)
                        .setParameter(5, f.branchHeadId).setParameter(6, f.responsibleIds)
                        .setParameter(7, f.deadline).setParameter(8, asOf).setParameter(9, user)
                        .setParameter(10, Instant.now()).executeUpdate();
                if (rows == 1) {
                    created.add(InspectionView.SanctionView.of(BranchSanction.findById(id)));
                }
            }
            return new InspectionView.SanctionCheck(asOf, overdue.size(), created.size(), created);
        });
    }

    @Scheduled(cron = "${compliance.branch.sanction-check-cron}", timeZone = "${compliance.zone}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        try {
            InspectionView.SanctionCheck done = check(LocalDate.now(zone), JOB_USER);
            if (done.created() > 0) {
                LOG.infof("PEN-BR-002: %d sanction(s) recorded for findings overdue on %s", done.created(), done.asOf());
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "PEN-BR-002 check failed; the next run (or POST …/sanction-check) catches up");
        }
    }
}
