package cn.lifeinfo.compliance.assessment;

import cn.lifeinfo.compliance.common.Failure;
import cn.lifeinfo.compliance.access.FieldMasker;
import cn.lifeinfo.compliance.audit.AuditedTable;
import cn.lifeinfo.compliance.common.SqlBatch;
import cn.lifeinfo.compliance.audit.DecisionAuditWriter;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import cn.lifeinfo.compliance.identity.BranchScope;
import cn.lifeinfo.compliance.common.FieldError;
import cn.lifeinfo.compliance.common.IdentifierHasher;
import cn.lifeinfo.compliance.common.Problem;
import cn.lifeinfo.compliance.common.ProblemException;
import cn.lifeinfo.compliance.common.Ulid;
import cn.lifeinfo.compliance.registry.RegistryService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Records violations: manual entries from inspections, derivations from decisions, confirmed access alerts. */
@ApplicationScoped
public class ViolationService {

    public static final String MANUAL = "MANUAL";
    public static final String TRUTHFULNESS = "TRUTHFULNESS";
    public static final String ACCESS_ALERT = "ACCESS_ALERT";
    /** A sampled policy found false (GATE-SMP-003) or a callback answered by a proxy (GATE-CB-004). */
    public static final String SAMPLING = "SAMPLING";
    public static final String LIST_EXPORT = "LIST_EXPORT";
    public static final String LIST_NOT_DESTROYED = "LIST_NOT_DESTROYED";
    private static final Duration FLUSH_WAIT = Duration.ofSeconds(5);
    /** {@link #insertOnce}: the same statement in a caller's transaction and in the audit writer's batches. */
    private static final String INSERT_ONCE = "INSERT IGNORE INTO agent_violation (violation_id, agent_code,"
            + " violation_date, type, suspected_crime, subject_key, source, decision_id, ruleset_version, entered_by,"
            + " note, created_at, hash_key_id, policy_no_masked) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"
            + " FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM agent_violation WHERE subject_key = ? AND type = ?)";


    private final RegistryService registry;
    private final AssessmentRulesProvider rules;
    private final IdentifierHasher hasher;
    private final EntityManager em;
    private final ZoneId zone;
    private final DecisionAuditWriter audit;
    private final AuditedTable<Derived> derived = new AuditedTable<>() {
        @Override
        public void write(List<Derived> rows, SqlBatch batch) {
            writeDerived(rows, batch);
        }

        @Override
        public void committed(List<Derived> rows) {
            rows.forEach(Derived::announce);
        }
    };
    private final GreyList greyList;
    private final TransactionSynchronizationRegistry transactions;

    public ViolationService(RegistryService registry, AssessmentRulesProvider rules, IdentifierHasher hasher,
                            EntityManager em, @ConfigProperty(name = "compliance.zone") ZoneId zone,
                            DecisionAuditWriter audit, GreyList greyList,
                            TransactionSynchronizationRegistry transactions) {
        this.greyList = greyList;
        this.transactions = transactions;
        this.audit = audit;
        this.registry = registry;
        this.rules = rules;
        this.hasher = hasher;
        this.em = em;
        this.zone = zone;
    }

    /** A manual entry (inspection); {@code user} is who entered it (identity/Caller). */
    @Transactional
    public ViolationEntity recordManual(String agentCode, ViolationRequest body, String user) {
        java.util.Objects.requireNonNull(user, "the acting user");
        requireAgent(agentCode);
        if (body == null) {
            throw new ProblemException(Problem.of(Failure.INVALID, "invalid-body",
                    "The body must be a JSON object {date, type, policyNo?, suspectedCrime?, note?}"));
        }
        List<FieldError> errors = new ArrayList<>();
        LocalDate date = null;
        try {
            date = Dates.notFuture(body.date(), "date", zone, false);
        } catch (ProblemException e) {
            errors.addAll(fieldErrors(e));
        }
        String type = body.type() == null ? null : body.type().trim();
        if (type == null || type.isEmpty()) {
            errors.add(new FieldError("type", "required"));
        } else if (date != null && rules.inForceAt(date).type(type).isEmpty()) {
            errors.add(new FieldError("type", "unknown violation type (not in sheet 违规类型 Types of "
                    + rules.inForceAt(date).label() + ")"));
        }
        if (body.note() != null && body.note().length() > 1000) {
            errors.add(new FieldError("note", "at most 1000 characters"));
        }
        if (body.policyNo() != null && body.policyNo().isBlank()) {
            errors.add(new FieldError("policyNo", "must not be blank when given"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.of(Failure.INVALID, "invalid-field",
                    "The violation is invalid: " + errors.get(0).field() + " " + errors.get(0).message())
                    .withErrors(errors));
        }
        List<String> subjects = body.policyNo() == null ? List.of() : hasher.hashes(body.policyNo().trim());
        ViolationEntity e = row(agentCode, date, type, Boolean.TRUE.equals(body.suspectedCrime()), subjects,
                FieldMasker.policyNo(body.policyNo()), MANUAL, null, rules.inForceAt(date).label(), user.trim(),
                body.note());
        if (!insertOnce(e, subjects)) {
            // during a key rotation the policy's earlier violation may carry the previous key's hash
            ViolationEntity existing = ViolationEntity.find("subjectKey in ?1 and type = ?2", subjects, type).firstResult();
            throw new ProblemException(Problem.of(Failure.CONFLICT, "duplicate-violation",
                    "This policy already has a " + type + " violation"
                            + (existing == null ? "" : ": " + existing.violationId)));
        }
        return e;
    }

    /**
     * A violation derived from a stored truthfulness decision; idempotent per policy and type. Committed with the
     * audit rows in group commits shared by concurrent decisions; the future completes once it is, and the decision
     * waits for it.
     */
    public CompletableFuture<Void> recordDerived(String agentCode, LocalDate date, String type, String policyNo,
                                                 String decisionId, String rulesetVersion) {
        return audit.record(derived, new Derived(agentCode, date, type, hasher.hashes(policyNo),
                FieldMasker.policyNo(policyNo), decisionId, rulesetVersion, new AtomicReference<>()));
    }

    /** {@code onCommit}: what to tell the grey list once committed, set on the writer's thread when the row is new. */
    private record Derived(String agentCode, LocalDate date, String type, List<String> subject, String policyNoMasked,
                           String decisionId, String version, AtomicReference<Runnable> onCommit) {

        void announce() {
            Runnable r = onCommit.getAndSet(null);
            if (r != null) {
                r.run();
            }
        }
    }

    /** Inside the audit writer's transaction. */
    private void writeDerived(List<Derived> rows, SqlBatch batch) {
        for (Derived d : rows) {
            ViolationEntity e = row(d.agentCode(), d.date(), d.type(), false, d.subject(), d.policyNoMasked(),
                    TRUTHFULNESS, d.decisionId(), d.version(), null, null);
            d.onCommit().set(null);
            batch.add(INSERT_ONCE, insertOnceValues(e, d.subject()),
                    count -> d.onCommit().set(count == 1 ? () -> greyList.recorded(e.agentCode, e.event()) : null));
        }
    }

    /** Waits until the violations derived on this instance so far are committed. */
    public void flushDerived() {
        audit.flush(FLUSH_WAIT);
    }

    /**
     * Hook for access monitoring (ACC-MON-001): once a compliance officer has confirmed an alert as access beyond the
     * authorised scope, record ACCESS_BEYOND_SCOPE for the agent, once per alert. An unconfirmed alert is not a
     * violation. (POST /api/v1/agents/{agentCode}/violations with type ACCESS_BEYOND_SCOPE does the same by hand.)
     *
     * @return true when recorded, false when the alert was already recorded
     */
    @Transactional
    public boolean recordConfirmedAccessAlert(String agentCode, LocalDate date, String alertId, String confirmedBy,
                                              String note) {
        requireAgent(agentCode);
        if (confirmedBy == null || confirmedBy.isBlank()) {
            throw new IllegalArgumentException("an access alert becomes a violation only when confirmed by someone");
        }
        List<String> subjects = hasher.hashes("access-alert:" + alertId);
        return insertOnce(row(agentCode, date, "ACCESS_BEYOND_SCOPE", false, subjects, null, ACCESS_ALERT, alertId,
                rules.inForceAt(date).label(), confirmedBy, note), subjects);
    }

    /**
     * A finding of a sample verification (GATE-SMP-003, GATE-CB-004), in the caller's transaction so that the
     * verification and its violation commit together. Once per policy and type like a derived violation: when the
     * policy already has one of this type, that one is returned and nothing is added.
     *
     * @param policyHash the keyed hash of the policy number the sample holds (the derived violations' subject key)
     * @param itemId     the sample item, kept as the violation's decision id so the violation leads back to it
     * @return the violation's id and whether this call recorded it
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Recorded recordFromSample(String agentCode, LocalDate date, String type, String policyHash,
                                     String policyNoMasked, String itemId, String user, String note) {
        List<String> subjects = hasher.matching(policyHash);
        ViolationEntity e = row(agentCode, date, type, false, subjects, policyNoMasked, SAMPLING, itemId,
                rules.inForceAt(date).label(), user, note);
        if (insertOnce(e, subjects)) {
            return new Recorded(e.violationId, true);
        }
        ViolationEntity existing = ViolationEntity.find("subjectKey in ?1 and type = ?2", subjects, type).firstResult();
        return new Recorded(existing == null ? null : existing.violationId, false);
    }

    public record Recorded(String violationId, boolean recorded) {
    }

    /**
     * LIFE-LIST-001: a downloaded customer list not confirmed destroyed in time is one LIST_NOT_DESTROYED violation
     * of its holder, dated the day it became overdue; once per list (the list's id is the subject, so the unique
     * key holds it to one row however often the overdue check runs, on however many replicas). Joins the
     * caller's transaction.
     *
     * @return the violation's id, new or the one recorded before
     */
    @Transactional
    public String recordListNotDestroyed(String agentCode, LocalDate date, String exportId, String checkedBy) {
        requireAgent(agentCode);
        List<String> subjects = hasher.hashes("list-export:" + exportId);
        insertOnce(row(agentCode, date, LIST_NOT_DESTROYED, false, subjects, null, LIST_EXPORT, exportId,
                rules.inForceAt(date).label(), checkedBy, "LIFE-LIST-001"), subjects);
        ViolationEntity recorded = ViolationEntity.find("subjectKey in ?1 and type = ?2", subjects, LIST_NOT_DESTROYED)
                .firstResult();
        return recorded == null ? null : recorded.violationId;
    }

    /** The grey list learns of a violation once its transaction commits (never of one rolled back). */
    private void afterCommit(String agentCode, ViolationEvent event) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    greyList.recorded(agentCode, event);
                }
            }
        });
    }

    private ViolationEntity row(String agentCode, LocalDate date, String type, boolean crime, List<String> subjects,
                                String policyNoMasked, String source, String decisionId, String version, String user,
                                String note) {
        ViolationEntity e = new ViolationEntity();
        e.violationId = Ulid.next();
        e.agentCode = agentCode;
        e.date = date;
        e.type = type;
        e.suspectedCrime = crime;
        e.subjectKey = subjects.isEmpty() ? null : subjects.get(0);
        e.policyNoMasked = policyNoMasked;
        e.source = source;
        e.decisionId = decisionId;
        e.rulesetVersion = version;
        e.enteredBy = user;
        e.note = note;
        e.createdAt = Instant.now();
        e.hashKeyId = hasher.keyId();
        return e;
    }

    /**
     * The one way a violation is written, manual or derived: INSERT IGNORE where the unique (subject_key, type) key
     * turns a repeat into 0 rows, also under concurrency, and NOT EXISTS does the same during a key rotation
     * ({@code subjects} = current and previous key's hash: a row under the previous key is a repeat too). The
     * entity class maps the table for reads; it is never persisted through the persistence context.
     */
    private boolean insertOnce(ViolationEntity e, List<String> subjects) {
        var query = em.createNativeQuery(INSERT_ONCE);
        List<Object> values = insertOnceValues(e, subjects);
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        boolean inserted = query.executeUpdate() == 1;
        if (inserted) {
            afterCommit(e.agentCode, e.event());
        }
        return inserted;
    }

    private static List<Object> insertOnceValues(ViolationEntity e, List<String> subjects) {
        return java.util.Arrays.asList(e.violationId, e.agentCode, e.date, e.type, e.suspectedCrime, e.subjectKey,
                e.source, e.decisionId, e.rulesetVersion, e.enteredBy, e.note, e.createdAt, e.hashKeyId,
                e.policyNoMasked, subjects.size() > 1 ? subjects.get(1) : null, e.type);
    }

    public List<ViolationEntity> ofAgent(String agentCode) {
        flushDerived();
        return ViolationEntity.list("agentCode = ?1 order by date, violationId", agentCode);
    }

    public List<ViolationEntity> ofAgents(Collection<String> agentCodes, LocalDate asOf) {
        if (agentCodes.isEmpty()) {
            return List.of();
        }
        flushDerived();
        return ViolationEntity.list("agentCode in ?1 and date <= ?2", agentCodes, asOf);
    }

    /** Every violation type recorded so far (types a workbook may since have dropped included). */
    public List<String> recordedTypes() {
        return em.createQuery("select distinct v.type from ViolationEntity v order by v.type", String.class)
                .getResultList();
    }

    public void requireAgent(String agentCode) {
        requireAgent(agentCode, BranchScope.EVERY_BRANCH);
    }

    /** The agent, if registered and of a branch the caller may see (a manager: his token's branches only). */
    public void requireAgent(String agentCode, BranchScope scope) {
        var agent = registry.agent(agentCode).orElseThrow(() -> new ProblemException(Problem.of(
                Failure.NOT_FOUND, "unknown-agent",
                "No agent " + agentCode + " in the agent registry (PUT /api/v1/agents/{agentCode} first)")));
        if (!scope.permits(agent.branchCode())) {
            throw new ProblemException(Problem.of(Failure.FORBIDDEN, "branch-not-permitted",
                    "此业务员不属于您管理的机构 / Agent " + agentCode + " is not in a branch your token names"));
        }
    }

    private static List<FieldError> fieldErrors(ProblemException e) {
        List<FieldError> out = new ArrayList<>();
        for (Object o : e.problem().errors()) {
            if (o instanceof FieldError f) {
                out.add(f);
            }
        }
        return out;
    }
}
