package cn.lifeinfo.compliance.lifecycle;

import cn.lifeinfo.compliance.assessment.ViolationService;
import cn.lifeinfo.compliance.common.Failure;
import cn.lifeinfo.compliance.common.FieldError;
import cn.lifeinfo.compliance.common.Problem;
import cn.lifeinfo.compliance.common.ProblemException;
import cn.lifeinfo.compliance.common.Ulid;
import cn.lifeinfo.compliance.registry.RegistryService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * LIFE-LIST-001: downloaded customer lists are logged, their destruction confirmed, and a list not confirmed
 * destroyed within {@code list.destroyWithinDays} (30) of its download day becomes one LIST_NOT_DESTROYED violation
 * of the salesperson holding it. Day 30 after the download is the last day in time; day 31 is overdue.
 */
@ApplicationScoped
public class ListExports {

    public static final String RULE_ID = "LIFE-LIST-001";
    private static final Logger LOG = Logger.getLogger(ListExports.class);

    private final LifecycleParameters parameters;
    private final RegistryService registry;
    private final ViolationService violations;
    private final ZoneId zone;

    public ListExports(LifecycleParameters parameters, RegistryService registry, ViolationService violations,
                       @ConfigProperty(name = "compliance.zone") ZoneId zone) {
        this.parameters = parameters;
        this.registry = registry;
        this.violations = violations;
        this.zone = zone;
    }

    public record CheckResult(String ruleId, LocalDate asOf, int destroyWithinDays, String rulesetVersion,
                              int overdue, int violationsRecorded, List<String> withoutAgent) {
    }

    /** Overdue on {@code asOf}: its last day in time has passed and it was not destroyed by then. */
    static boolean overdue(ListExportEntity e, LocalDate destroyBy, LocalDate asOf) {
        return asOf.isAfter(destroyBy) && (e.destroyedOn == null || e.destroyedOn.isAfter(destroyBy));
    }

    public ListExportView log(ListExportRequests.Export body, String user) {
        if (body == null) {
            throw Inputs.body("{downloadedBy, agentCode?, purpose, rowCount, exportedAt?}");
        }
        List<FieldError> errors = new ArrayList<>();
        String downloadedBy = Inputs.required(errors, "downloadedBy", body.downloadedBy(), 64);
        String purpose = Inputs.required(errors, "purpose", body.purpose(), 200);
        if (body.rowCount() == null || body.rowCount() < 1) {
            errors.add(new FieldError("rowCount", "required, at least 1"));
        }
        String agentCode = null;
        if (body.agentCode() != null) {
            agentCode = Inputs.required(errors, "agentCode", body.agentCode(), 64);
            if (agentCode != null && registry.agent(agentCode).isEmpty()) {
                errors.add(new FieldError("agentCode", "not in the agent registry"));
            }
        }
        Instant now = Instant.now();
        Instant exportedAt = now;
        if (body.exportedAt() != null) {
            try {
                exportedAt = Instant.parse(body.exportedAt().trim());
                if (exportedAt.isAfter(now)) {
                    errors.add(new FieldError("exportedAt", "is in the future"));
                }
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("exportedAt", "not an ISO-8601 instant (e.g. 2026-12-01T08:30:00Z)"));
            }
        }
        Inputs.reject("The list export", errors);
        ListExportEntity e = new ListExportEntity();
        e.exportId = Ulid.next();
        e.exportedAt = exportedAt;
        e.exportedOn = LocalDate.ofInstant(exportedAt, zone);
        e.downloadedBy = downloadedBy;
        e.agentCode = agentCode;
        e.purpose = purpose;
        e.rowCount = body.rowCount();
        e.recordedBy = user;
        e.recordedAt = now;
        QuarkusTransaction.requiringNew().run(e::persist);
        return ListExportView.of(e, parameters.listDestroyWithinDays(), today());
    }

    public ListExportView destroyed(String exportId, ListExportRequests.Destruction body, String user) {
        ListExportRequests.Destruction b = body == null ? new ListExportRequests.Destruction(null, null) : body;
        int days = parameters.listDestroyWithinDays();
        LocalDate today = today();
        return QuarkusTransaction.requiringNew().call(() -> {
            ListExportEntity e = ListExportEntity.findById(exportId, LockModeType.PESSIMISTIC_WRITE);
            if (e == null) {
                throw new ProblemException(Problem.of(Failure.NOT_FOUND, "unknown-list-export",
                        "No list export " + exportId));
            }
            List<FieldError> errors = new ArrayList<>();
            LocalDate on = Inputs.day(errors, "destroyedOn", b.destroyedOn(), today, true);
            if (on != null && on.isBefore(e.exportedOn)) {
                errors.add(new FieldError("destroyedOn", "is before the list was downloaded (" + e.exportedOn + ")"));
            }
            if (b.method() != null) {
                Inputs.required(errors, "method", b.method(), 40);
            }
            Inputs.reject("The destruction", errors);
            if (e.destroyedOn != null) {
                throw new ProblemException(Problem.of(Failure.CONFLICT, "already-destroyed",
                        "该清单已确认销毁 / The list was already confirmed destroyed on " + e.destroyedOn));
            }
            e.destroyedOn = on;
            e.destroyedMethod = b.method() == null ? null : b.method().trim();
            e.destructionBy = user;
            e.destructionAt = Instant.now();
            return ListExportView.of(e, days, today);
        });
    }

    /** Lists not destroyed in time as of {@code asOf}, oldest first (at most {@code limit}). */
    public List<ListExportView> overdue(LocalDate asOf, int limit) {
        int days = parameters.listDestroyWithinDays();
        return notDestroyedInTime(asOf, days, false, limit).stream().map(e -> ListExportView.of(e, days, asOf)).toList();
    }

    /**
     * Records the LIST_NOT_DESTROYED violation of every overdue list held by a registered salesperson, dated on the
     * list's first overdue day. Each list in its own transaction, so one failure stops nothing else; repeating the
     * check (or running it on every replica) records nothing twice.
     */
    public CheckResult check(LocalDate asOf, String user) {
        int days = parameters.listDestroyWithinDays();
        List<ListExportView> due = overdueCandidates(asOf, days);
        int recorded = 0;
        List<String> withoutAgent = new ArrayList<>();
        for (ListExportView list : due) {
            if (list.agentCode() == null || registry.agent(list.agentCode()).isEmpty()) {
                withoutAgent.add(list.exportId());
                continue;
            }
            if (list.violationId() != null) {
                continue;
            }
            try {
                recorded += QuarkusTransaction.requiringNew().call(() -> record(list, user)) ? 1 : 0;
            } catch (RuntimeException ex) {
                LOG.warnf("LIFE-LIST-001: list %s not recorded: %s", list.exportId(), ex.getClass().getSimpleName());
            }
        }
        return new CheckResult(RULE_ID, asOf, days, parameters.version(), due.size(), recorded, withoutAgent);
    }

    private boolean record(ListExportView list, String user) {
        ListExportEntity e = ListExportEntity.findById(list.exportId(), LockModeType.PESSIMISTIC_WRITE);
        if (e.violationId != null) {
            return false;
        }
        e.violationId = violations.recordListNotDestroyed(e.agentCode, list.destroyBy().plusDays(1), e.exportId, user);
        return true;
    }

    private List<ListExportView> overdueCandidates(LocalDate asOf, int days) {
        return notDestroyedInTime(asOf, days, true, Integer.MAX_VALUE).stream()
                .map(e -> ListExportView.of(e, days, asOf)).toList();
    }

    /**
     * Downloaded on or before asOf − days − 1 (so their last day in time is before asOf) and not destroyed within
     * the period: never, or later than it (a late destruction does not undo the breach).
     */
    @SuppressWarnings("unchecked")
    private static List<ListExportEntity> notDestroyedInTime(LocalDate asOf, int days, boolean unrecordedOnly,
                                                             int limit) {
        return QuarkusTransaction.requiringNew().call(() -> ListExportEntity.getEntityManager().createNativeQuery(
                        "SELECT * FROM list_export WHERE exported_on <= ?1"
                                + " AND (destroyed_on IS NULL OR DATEDIFF(destroyed_on, exported_on) > ?2)"
                                + (unrecordedOnly ? " AND violation_id IS NULL" : "")
                                + " ORDER BY exported_on, export_id", ListExportEntity.class)
                .setParameter(1, asOf.minusDays(days + 1L)).setParameter(2, days)
                .setMaxResults(limit).getResultList());
    }

    LocalDate today() {
        return LocalDate.now(zone);
    }
}
