package cn.lifeinfo.compliance.lifecycle;

import cn.lifeinfo.compliance.common.Failure;
import cn.lifeinfo.compliance.common.FieldError;
import cn.lifeinfo.compliance.common.IdentifierHasher;
import cn.lifeinfo.compliance.common.Problem;
import cn.lifeinfo.compliance.common.ProblemException;
import cn.lifeinfo.compliance.common.Ulid;
import cn.lifeinfo.compliance.vocabulary.parse.TextNormaliser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * LIFE-UPD-001: existing customers' contacts and ID are verified again every {@code reverification.intervalMonths}
 * (12) and after every failed notification. A customer is a policyholder of the stored population, known only by
 * the keyed hash of his ID number. He was last verified when his last re-verification task was completed, or, if
 * none was, on the day his earliest policy still stored was stored (the truthfulness check at underwriting).
 */
@ApplicationScoped
public class Reverification {

    public static final String RULE_ID = "LIFE-UPD-001";
    static final Set<String> OUTCOMES = Set.of("VERIFIED", "UPDATED", "UNREACHABLE");
    private static final int BATCH = 500;

    private final LifecycleParameters parameters;
    private final IdentifierHasher hasher;
    private final EntityManager em;
    private final ZoneId zone;

    public Reverification(LifecycleParameters parameters, IdentifierHasher hasher, EntityManager em,
                          @ConfigProperty(name = "compliance.zone") ZoneId zone) {
        this.parameters = parameters;
        this.hasher = hasher;
        this.em = em;
        this.zone = zone;
    }

    public record RunResult(String ruleId, LocalDate asOf, int intervalMonths, String rulesetVersion,
                            int customersDue, int tasksCreated) {
    }

    /**
     * Creates a task for every customer due on {@code asOf} without an open task. Repeating a run creates nothing:
     * a customer with an open task is skipped, and (customer, cycle year, reason) is unique.
     */
    public RunResult run(LocalDate asOf, String user) {
        int months = parameters.reverificationIntervalMonths();
        LocalDate cutoff = asOf.minusMonths(months);
        Instant storedBefore = cutoff.plusDays(1).atStartOfDay(zone).toInstant();
        List<Object[]> due = QuarkusTransaction.requiringNew().call(() -> rows(em.createNativeQuery(
                        "SELECT c.k, c.key_id, UNIX_TIMESTAMP(c.first_stored), c.agents, t.last_done FROM"
                                + " (SELECT ph_id_key k, MIN(hash_key_id) key_id, MIN(stored_at) first_stored,"
                                + "  GROUP_CONCAT(DISTINCT agent_code ORDER BY agent_code SEPARATOR ',') agents"
                                + "  FROM population_policy WHERE NOT removed AND ph_id_key IS NOT NULL"
                                + "  GROUP BY ph_id_key) c"
                                + " LEFT JOIN (SELECT customer_key, MAX(completed_on) last_done,"
                                + "  SUM(completed_on IS NULL) open_tasks FROM reverification_task"
                                + "  GROUP BY customer_key) t ON t.customer_key = c.k"
                                + " WHERE COALESCE(t.open_tasks, 0) = 0"
                                + " AND ((t.last_done IS NOT NULL AND t.last_done <= ?1)"
                                + "  OR (t.last_done IS NULL AND UNIX_TIMESTAMP(c.first_stored) < ?2))")
                .setParameter(1, cutoff).setParameter(2, storedBefore.getEpochSecond()).getResultList()));
        int created = 0;
        for (int from = 0; from < due.size(); from += BATCH) {
            List<Object[]> slice = due.subList(from, Math.min(due.size(), from + BATCH));
            created += QuarkusTransaction.requiringNew().call(() -> {
                int n = 0;
                for (Object[] row : slice) {
                    LocalDate last = row[4] != null ? toDate(row[4]) : LocalDate.ofInstant(toInstant(row[2]), zone);
                    LocalDate dueOn = last.plusMonths(months);
                    n += insert((String) row[0], (String) row[1], dueOn.getYear(),
                            ReverificationTaskEntity.INTERVAL, dueOn, (String) row[3], user);
                }
                return n;
            });
        }
        return new RunResult(RULE_ID, asOf, months, parameters.version(), due.size(), created);
    }

    public record Reported(boolean created, ReverificationTaskView task) {
    }

    /**
     * A failed notification: the customer's open task if he has one, else a NOTIFICATION_FAILED task due on the
     * failure day — one per customer and year (a failure reported again is answered with the same task).
     */
    public Reported notificationFailed(ReverificationRequests.NotificationFailure body, String user) {
        if (body == null) {
            throw Inputs.body("{idNumber, failedOn, channel?}");
        }
        List<FieldError> errors = new ArrayList<>();
        List<String> keys = customerKeys(errors, body.idNumber());
        LocalDate failedOn = Inputs.day(errors, "failedOn", body.failedOn(), LocalDate.now(zone), false);
        if (body.channel() != null) {
            Inputs.required(errors, "channel", body.channel(), 40);
        }
        Inputs.reject("The notification failure", errors);
        return QuarkusTransaction.requiringNew().call(() -> {
            ReverificationTaskEntity open = ReverificationTaskEntity.<ReverificationTaskEntity>find(
                    "customerKey in ?1 and completedOn is null order by dueOn", keys).firstResult();
            if (open != null) {
                return new Reported(false, ReverificationTaskView.of(open));
            }
            String agents = (String) em.createNativeQuery("SELECT GROUP_CONCAT(DISTINCT agent_code ORDER BY agent_code"
                            + " SEPARATOR ',') FROM population_policy WHERE ph_id_key IN (?1) AND NOT removed")
                    .setParameter(1, keys).getSingleResult();
            boolean created = insert(keys.get(0), hasher.keyId(), failedOn.getYear(),
                    ReverificationTaskEntity.NOTIFICATION_FAILED, failedOn, agents, user) == 1;
            ReverificationTaskEntity task = ReverificationTaskEntity.<ReverificationTaskEntity>find(
                    "customerKey in ?1 and cycleYear = ?2 and reason = ?3", keys, failedOn.getYear(),
                    ReverificationTaskEntity.NOTIFICATION_FAILED).firstResult();
            return new Reported(created, ReverificationTaskView.of(task));
        });
    }

    public ReverificationTaskView complete(String taskId, ReverificationRequests.Completion body, String user) {
        ReverificationRequests.Completion b = body == null ? new ReverificationRequests.Completion(null, null) : body;
        LocalDate today = LocalDate.now(zone);
        return QuarkusTransaction.requiringNew().call(() -> {
            ReverificationTaskEntity task = ReverificationTaskEntity.findById(taskId, LockModeType.PESSIMISTIC_WRITE);
            if (task == null) {
                throw new ProblemException(Problem.of(Failure.NOT_FOUND, "unknown-task", "No re-verification task "
                        + taskId));
            }
            List<FieldError> errors = new ArrayList<>();
            LocalDate on = Inputs.day(errors, "completedOn", b.completedOn(), today, true);
            if (b.outcome() == null || !OUTCOMES.contains(b.outcome())) {
                errors.add(new FieldError("outcome", "required, one of " + OUTCOMES.stream().sorted().toList()));
            }
            Inputs.reject("The completion", errors);
            if (task.completedOn != null) {
                throw new ProblemException(Problem.of(Failure.CONFLICT, "task-already-completed",
                        "该核实任务已完成 / The task was already completed on " + task.completedOn));
            }
            task.completedOn = on;
            task.outcome = b.outcome();
            task.completedBy = user;
            task.completedAt = Instant.now();
            return ReverificationTaskView.of(task);
        });
    }

    /** Open tasks, earliest due first, optionally of one salesperson's customers. */
    public List<ReverificationTaskView> open(String agentCode, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> (agentCode == null || agentCode.isBlank()
                ? ReverificationTaskEntity.<ReverificationTaskEntity>find("completedOn is null order by dueOn, taskId")
                : ReverificationTaskEntity.<ReverificationTaskEntity>find("completedOn is null and"
                        + " concat(',', agentCodes, ',') like ?1 order by dueOn, taskId", "%," + agentCode.trim() + ",%"))
                .page(0, limit).list().stream().map(ReverificationTaskView::of).toList());
    }

    public List<ReverificationTaskView> ofCustomer(ReverificationRequests.Search body) {
        if (body == null) {
            throw Inputs.body("{idNumber}");
        }
        List<FieldError> errors = new ArrayList<>();
        List<String> keys = customerKeys(errors, body.idNumber());
        Inputs.reject("The search", errors);
        return QuarkusTransaction.requiringNew().call(() -> ReverificationTaskEntity.<ReverificationTaskEntity>list(
                "customerKey in ?1 order by dueOn, taskId", keys).stream().map(ReverificationTaskView::of).toList());
    }

    /** The keys the population stores the policyholder under: "id:" + the normalised ID number (PolicyKeyer). */
    private List<String> customerKeys(List<FieldError> errors, String idNumber) {
        String id = TextNormaliser.idNumber(idNumber);
        if (id == null || id.length() > 40) {
            errors.add(new FieldError("idNumber", "required"));
            return List.of();
        }
        return hasher.hashes("id:" + id);
    }

    private int insert(String customerKey, String keyId, int year, String reason, LocalDate dueOn, String agents,
                       String user) {
        return em.createNativeQuery("INSERT IGNORE INTO reverification_task (task_id, customer_key, hash_key_id,"
                        + " cycle_year, reason, due_on, agent_codes, created_at, created_by)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                .setParameter(1, Ulid.next()).setParameter(2, customerKey).setParameter(3, keyId)
                .setParameter(4, year).setParameter(5, reason).setParameter(6, dueOn)
                .setParameter(7, agents == null || agents.length() <= 400 ? agents : agents.substring(0, 400))
                .setParameter(8, Instant.now()).setParameter(9, user).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> result) {
        return (List<Object[]>) result;
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    /** Epoch seconds, as UNIX_TIMESTAMP gives them: independent of the JVM's and the session's time zones. */
    private static Instant toInstant(Object value) {
        return Instant.ofEpochMilli(Math.round(((Number) value).doubleValue() * 1000));
    }
}
