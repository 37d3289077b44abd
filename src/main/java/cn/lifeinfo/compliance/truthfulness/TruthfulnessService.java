package cn.lifeinfo.compliance.truthfulness;

import cn.lifeinfo.compliance.common.Failure;
import cn.lifeinfo.compliance.audit.DecisionAuditEntry;
import cn.lifeinfo.compliance.audit.DecisionAuditWriter;
import cn.lifeinfo.compliance.audit.DecisionRecords;
import cn.lifeinfo.compliance.audit.Writers;
import cn.lifeinfo.compliance.audit.DecisionInputEntry;
import cn.lifeinfo.compliance.audit.PolicyNumberSeal;
import cn.lifeinfo.compliance.access.FieldMasker;
import cn.lifeinfo.compliance.common.FieldError;
import cn.lifeinfo.compliance.common.Problem;
import cn.lifeinfo.compliance.common.ProblemException;
import cn.lifeinfo.compliance.common.Ulid;
import cn.lifeinfo.compliance.metrics.DecisionTelemetry;
import cn.lifeinfo.compliance.registry.RegistryLookup;
import cn.lifeinfo.compliance.ruleset.CompiledRuleset;
import cn.lifeinfo.compliance.ruleset.RuleFamily;
import cn.lifeinfo.compliance.ruleset.RulesetRegistry;
import cn.lifeinfo.compliance.vocabulary.parse.Divisions;
import cn.lifeinfo.compliance.vocabulary.parse.IsoDates;
import cn.lifeinfo.compliance.truthfulness.population.CrossRecordAnalysis;
import cn.lifeinfo.compliance.truthfulness.population.PolicyKeyer;
import cn.lifeinfo.compliance.truthfulness.population.PolicyKeys;
import cn.lifeinfo.compliance.truthfulness.population.Population;
import cn.lifeinfo.compliance.vocabulary.record.PolicyRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides records with the rules in force against the stored population, stores them in the population (unless a
 * dry run) and answers only once each decision's audit row (and the rows later decisions read) is committed. A batch is analysed as one evaluation set, so its result does
 * not depend on the order of its records.
 */
@ApplicationScoped
public class TruthfulnessService {

    private final RulesetRegistry registry;
    private final DecisionAuditWriter audit;
    private final Writers writers;
    private final Event<TruthfulnessDecided> decided;
    private final ZoneId zone;
    private final PolicyKeyer keyer;
    private final Population population;
    private final RegistryLookup registries;
    private final SalespersonStandings standings;
    private final int batchLimit;
    private final ImpactPreview impact;
    private final boolean keepInputs;
    private final DecisionTelemetry telemetry;
    private final PolicyNumberSeal policyNumbers;
    private final TruthfulnessEngine engine = new TruthfulnessEngine(Divisions.standard());

    public TruthfulnessService(RulesetRegistry registry, DecisionAuditWriter audit, Writers writers, Event<TruthfulnessDecided> decided,
                               @ConfigProperty(name = "compliance.zone") ZoneId zone, PolicyKeyer keyer,
                               Population population, RegistryLookup registries,
                               @ConfigProperty(name = "compliance.truthfulness.batch-limit") int batchLimit,
                               ImpactPreview impact,
                               @ConfigProperty(name = "compliance.impact.keep-inputs") int keepInputs,
                               SalespersonStandings standings, DecisionTelemetry telemetry,
                               PolicyNumberSeal policyNumbers) {
        this.policyNumbers = policyNumbers;
        this.standings = standings;
        this.telemetry = telemetry;
        this.impact = impact;
        this.keepInputs = keepInputs > 0;
        this.registry = registry;
        this.audit = audit;
        this.writers = writers;
        this.decided = decided;
        this.zone = zone;
        this.keyer = keyer;
        this.population = population;
        this.registries = registries;
        this.batchLimit = batchLimit;
    }

    public TruthfulnessDecision decide(PolicyRecord record, boolean dryRun) {
        return decideBatch(List.of(record), null, dryRun, "single").get(0);
    }

    public List<TruthfulnessDecision> decideBatch(List<PolicyRecord> records, boolean dryRun) {
        return decideBatch(records, null, dryRun, "batch");
    }

    /**
     * @param known the records' keys in the same order when the caller has them already (a screened chunk keeps
     *              them from its INDEX step), or null to compute them here
     */
    public List<TruthfulnessDecision> decideBatch(List<PolicyRecord> records, List<PolicyKeys> known,
                                                  boolean dryRun) {
        return decideBatch(records, known, dryRun, "screening");
    }

    /** @param call how the records came, for the latency metric: single, batch or screening */
    private List<TruthfulnessDecision> decideBatch(List<PolicyRecord> records, List<PolicyKeys> known,
                                                   boolean dryRun, String call) {
        long started = System.nanoTime();
        checkBatch(records);
        CompiledRuleset rules = registry.active(RuleFamily.TRUTHFULNESS);
        List<PolicyKeys> keys = known != null && known.size() == records.size() ? known
                : records.stream().map(keyer::keys).toList();
        CrossRecordAnalysis analysis = CrossRecordAnalysis.of(keys, population.source(), registries);
        List<TruthfulnessDecision> decisions = new ArrayList<>(records.size());
        Instant now = Instant.now();
        List<TruthfulnessDecided> events = new ArrayList<>();
        DecisionRecords trail = new DecisionRecords();
        // a book's salespeople each sell many of its policies: one key per salesperson's number, not per record
        Map<String, String> salespersonMobiles = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            PolicyRecord record = records.get(i);
            LocalDate applied = IsoDates.parse(record.applicationDate()); // the gate, the sample and the event read it
            String salespersonMobile = record.salesperson() == null || record.salesperson().mobile() == null ? null
                    : salespersonMobiles.computeIfAbsent(record.salesperson().mobile(), keyer::mobileKey);
            CrossRecordView cross = analysis.viewFor(keys.get(i), salespersonMobile,
                    () -> record.salesperson() == null ? null : keyer.nameKey(record.salesperson().name()),
                    () -> record.policyholder() == null ? null : keyer.nameKey(record.policyholder().name()),
                    greyListed(record, applied, now));
            TruthfulnessEngine.Outcome outcome = engine.decide(rules, record, cross);
            String decisionId = Ulid.next();
            decisions.add(TruthfulnessDecision.of(decisionId, record.policyNo(), rules.label(), outcome, now));
            if (!dryRun) {
                String auditKey = auditKey(keys.get(i));
                trail.add(audit.record(DecisionAuditEntry.of(decisionId, RuleFamily.TRUTHFULNESS.id(), now,
                        rules.label(), auditKey, outcome.overall().name(), outcome.underwritingGate().name(),
                        String.join(",", outcome.firedRuleIds()), keys.get(i).channel(), keyer.keyId())
                        .forSampling(agentCode(record), applied, outcome.inScope(),
                                FieldMasker.policyNo(record.policyNo()), policyNumbers.seal(record.policyNo()))));
                if (keepInputs && impact.sampleNow()) {
                    audit.recordBehind(DecisionInputEntry.of(RuleFamily.TRUTHFULNESS.id(), auditKey,
                            keys.get(i).channel(), impact.seal(record), keyer.keyId()));
                }
                boolean sharedBySalesperson = outcome.firedRuleIds().contains("TRU-XREC-002")
                        && (cross.phoneSharedWithinOneSalesperson("mobile")
                        || cross.phoneSharedWithinOneSalesperson("landline"));
                events.add(new TruthfulnessDecided(decisionId, record.policyNo(),
                        record.salesperson() == null ? null : record.salesperson().agentCode(),
                        LocalDate.ofInstant(now, zone), rules.label(), outcome.firedRuleIds(), sharedBySalesperson,
                        trail, outcome.overall(), outcome.inScope(), applied, now));
            }
        }
        if (!dryRun) {
            trail.add(population.store(keys));
            events.forEach(decided::fire);
            trail.await(writers.commitTimeout()); // answered only once recorded
        }
        long nanos = System.nanoTime() - started;
        telemetry.latency(RuleFamily.TRUTHFULNESS.id(), call, nanos);
        for (TruthfulnessDecision d : decisions) {
            telemetry.decided(RuleFamily.TRUTHFULNESS.id(), d.decisionId(), d.rulesetVersion(), d.overall().name(),
                    d.underwritingGate().name(), nanos);
            for (TruthfulnessDecision.FindingView f : d.findings()) {
                telemetry.finding(RuleFamily.TRUTHFULNESS.id(), f.ruleId(), f.severity());
            }
        }
        return decisions;
    }

    /** GATE-UW-004 asks about the application date; a record without a readable one is judged as of today. */
    private boolean greyListed(PolicyRecord record, LocalDate applied, Instant now) {
        String agent = record.salesperson() == null ? null : record.salesperson().agentCode();
        if (agent == null || agent.isBlank()) {
            return false;
        }
        return standings.greyListed(agent.trim(), applied != null ? applied : LocalDate.ofInstant(now, zone));
    }

    private static String agentCode(PolicyRecord record) {
        String code = record.salesperson() == null ? null : record.salesperson().agentCode();
        return code == null || code.isBlank() ? null : code.trim();
    }

    private static String auditKey(PolicyKeys keys) {
        return keys.policyHash().startsWith(PolicyKeyer.UNKEYED) ? null : keys.policyHash();
    }

    /** A batch is one evaluation set: one record per policy number, at most the configured number of records. */
    private void checkBatch(List<PolicyRecord> records) {
        List<FieldError> errors = new ArrayList<>();
        if (records.size() > batchLimit) {
            errors.add(new FieldError("records", "at most " + batchLimit + " records per batch"));
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < records.size() && errors.size() < 20; i++) {
            PolicyRecord r = records.get(i);
            if (r == null) {
                errors.add(new FieldError("records[" + i + "]", "must be a policy record object"));
                continue;
            }
            Integer first = r.policyNo() == null ? null : seen.putIfAbsent(r.policyNo(), i);
            if (first != null) {
                errors.add(new FieldError("records[" + i + "].policyNo",
                        "duplicates records[" + first + "]; a batch holds one record per policy"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.of(Failure.INVALID, "invalid-batch",
                    "The batch cannot be evaluated").withErrors(errors));
        }
    }
}
