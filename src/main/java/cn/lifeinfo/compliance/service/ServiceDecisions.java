package cn.lifeinfo.compliance.service;

import cn.lifeinfo.compliance.common.Failure;
import cn.lifeinfo.compliance.audit.DecisionAuditEntry;
import cn.lifeinfo.compliance.audit.DecisionAuditWriter;
import cn.lifeinfo.compliance.audit.DecisionRecords;
import cn.lifeinfo.compliance.audit.Writers;
import cn.lifeinfo.compliance.audit.PolicyNumberSeal;
import cn.lifeinfo.compliance.access.FieldMasker;
import cn.lifeinfo.compliance.common.IdentifierHasher;
import cn.lifeinfo.compliance.common.Problem;
import cn.lifeinfo.compliance.common.ProblemException;
import cn.lifeinfo.compliance.common.Ulid;
import cn.lifeinfo.compliance.registry.ContactKeys;
import cn.lifeinfo.compliance.registry.RegistryLookup;
import cn.lifeinfo.compliance.ruleset.CompiledRuleset;
import cn.lifeinfo.compliance.ruleset.RuleFamily;
import cn.lifeinfo.compliance.ruleset.RulesetRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;


import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides a service request with the rules in force, audits it, and for a permitted change or destruction writes
 * its LIFE-CHG-003 / LIFE-DES-003 record; the answer leaves only once those rows are committed.
 */
@ApplicationScoped
public class ServiceDecisions {

    private final RulesetRegistry registry;
    private final DecisionAuditWriter audit;
    private final Writers writers;
    private final IdentifierHasher hasher;
    private final ContactKeys keys;
    private final RegistryLookup registries;
    private final ServiceEngine engine;
    private final PolicyNumberSeal policyNumbers;

    public ServiceDecisions(RulesetRegistry registry, DecisionAuditWriter audit, Writers writers,
                            IdentifierHasher hasher, ContactKeys keys, RegistryLookup registries,
                            PolicyNumberSeal policyNumbers) {
        this.policyNumbers = policyNumbers;
        this.registry = registry;
        this.audit = audit;
        this.writers = writers;
        this.hasher = hasher;
        this.keys = keys;
        this.registries = registries;
        this.engine = new ServiceEngine(keys);
    }

    public ServiceDecision decide(JsonNode body) {
        ServiceRequestReader.Result read = ServiceRequestReader.read(body);
        if (!read.errors().isEmpty()) {
            throw new ProblemException(Problem.of(Failure.INVALID, "invalid-service-request",
                    "The service request cannot be decided: " + read.errors().get(0).field())
                    .withErrors(read.errors()));
        }
        ServiceRequest request = read.request();
        CompiledRuleset rules = registry.active(RuleFamily.SERVICE);
        ServiceEngine.Outcome outcome = engine.decide(rules, request, this::salespersonPhone);
        String decisionId = Ulid.next();
        Instant now = Instant.now();
        DecisionRecords trail = new DecisionRecords();
        trail.add(audit.record(DecisionAuditEntry.of(decisionId, RuleFamily.SERVICE.id(), now, rules.label(),
                hasher.hash(request.subject()), outcome.decision().name(), null, cut(outcome.ruleId(), 4000),
                cut(request.channel(), 30), hasher.keyId()).forSampling(null, businessDate(request, outcome), null,
                request instanceof ServiceRequest.Callback c ? FieldMasker.policyNo(c.policyNo()) : null,
                request instanceof ServiceRequest.Callback c ? policyNumbers.seal(c.policyNo()) : null)));
        if (outcome.permitted() && "LIFE-CHG-003".equals(outcome.ruleId())
                && request instanceof ServiceRequest.Change c) {
            trail.add(audit.record(changeRecord(decisionId, now, rules.label(), c)));
        } else if (outcome.permitted() && "LIFE-DES-003".equals(outcome.ruleId())
                && request instanceof ServiceRequest.Lifecycle l) {
            trail.add(audit.record(destructionRecord(decisionId, now, rules.label(), l, outcome)));
        }
        trail.await(writers.commitTimeout()); // answered only once recorded
        return ServiceDecision.of(decisionId, rules.label(), request.type(), outcome, now);
    }

    /**
     * The date a post-callback sample (GATE-CB-004) files a completed callback under: its first connected,
     * identity-verified attempt (the success being audited), else the request's date.
     */
    static java.time.LocalDate businessDate(ServiceRequest request, ServiceEngine.Outcome outcome) {
        if (request instanceof ServiceRequest.Callback c) {
            if (outcome.decision().completed()) {
                return c.attempts().stream().filter(a -> a.connected() && a.identityVerified())
                        .map(ServiceRequest.Attempt::date).min(java.util.Comparator.naturalOrder()).orElse(c.asOfDate());
            }
            return c.asOfDate();
        }
        return null;
    }

    /** GATE-PS-003's registry half: the phone is a registered salesperson's mobile. */
    private boolean salespersonPhone(String normalised) {
        String key = keys.keyOfNormalisedPhone(normalised);
        return key != null && !registries.agentsByMobile(Set.of(key)).isEmpty();
    }

    private ServiceChangeRecord changeRecord(String decisionId, Instant at, String version, ServiceRequest.Change c) {
        ServiceChangeRecord r = new ServiceChangeRecord();
        r.decisionId = decisionId;
        r.recordedAt = at;
        r.rulesetVersion = version;
        r.changeType = c.type();
        r.requestDate = c.requestDate();
        r.channel = c.channel();
        r.policyHash = hasher.hash(c.policyNo());
        r.oldValueHash = keys.phoneKey(c.oldMobile());
        r.newValueHash = keys.phoneKey(c.newMobile());
        r.requesterHash = hasher.hash(c.requesterId());
        Set<String> approvers = new LinkedHashSet<>(c.approvals());
        approvers.remove(c.requesterId());
        r.approverHashes = approvers.stream().map(hasher::hash).collect(Collectors.joining(","));
        r.hashKeyId = hasher.keyId();
        return r;
    }

    private ServiceDestructionRecord destructionRecord(String decisionId, Instant at, String version,
                                                       ServiceRequest.Lifecycle l, ServiceEngine.Outcome o) {
        ServiceDestructionRecord r = new ServiceDestructionRecord();
        r.decisionId = decisionId;
        r.recordedAt = at;
        r.rulesetVersion = version;
        r.requestDate = l.requestDate();
        r.channel = l.channel();
        r.customerHash = hasher.hash(l.customerId());
        r.requesterHash = hasher.hash(l.requesterId());
        r.approverHash = hasher.hash(l.approverId());
        r.retentionUntil = o.retentionUntil();
        r.hashKeyId = hasher.keyId();
        return r;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
