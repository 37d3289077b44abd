package cn.lifeinfo.compliance.truthfulness;

import cn.lifeinfo.compliance.audit.DecisionAuditEntry;
import cn.lifeinfo.compliance.audit.DecisionAuditWriter;
import cn.lifeinfo.compliance.common.IdentifierHasher;
import cn.lifeinfo.compliance.common.Ulid;
import cn.lifeinfo.compliance.ruleset.CompiledRuleset;
import cn.lifeinfo.compliance.ruleset.RuleFamily;
import cn.lifeinfo.compliance.ruleset.RulesetRegistry;
import cn.lifeinfo.compliance.truthfulness.parse.Divisions;
import cn.lifeinfo.compliance.truthfulness.record.PolicyRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Decides a record with the rules in force and leaves an audit row for it. */
@ApplicationScoped
public class TruthfulnessService {

    private final RulesetRegistry registry;
    private final DecisionAuditWriter audit;
    private final IdentifierHasher hasher;
    private final Event<TruthfulnessDecided> decided;
    private final ZoneId zone;
    private final TruthfulnessEngine engine = new TruthfulnessEngine(Divisions.standard());

    public TruthfulnessService(RulesetRegistry registry, DecisionAuditWriter audit, IdentifierHasher hasher,
                               Event<TruthfulnessDecided> decided, @ConfigProperty(name = "compliance.zone") ZoneId zone) {
        this.registry = registry;
        this.audit = audit;
        this.hasher = hasher;
        this.decided = decided;
        this.zone = zone;
    }

    public TruthfulnessDecision decide(PolicyRecord record, boolean dryRun) {
        CompiledRuleset rules = registry.active(RuleFamily.TRUTHFULNESS);
        TruthfulnessEngine.Outcome outcome = engine.decide(rules, record);
        String decisionId = Ulid.next();
        Instant now = Instant.now();
        if (!dryRun) {
            audit.record(DecisionAuditEntry.of(decisionId, RuleFamily.TRUTHFULNESS.id(), now, rules.label(),
                    hasher.hash(record.policyNo()), outcome.overall(), outcome.underwritingGate(),
                    String.join(",", outcome.firedRuleIds()), FactExtractor.upper(record.channel())));
            decided.fire(new TruthfulnessDecided(decisionId, record.policyNo(),
                    record.salesperson() == null ? null : record.salesperson().agentCode(),
                    LocalDate.ofInstant(now, zone), rules.label(), outcome.firedRuleIds(), false));
        }
        return TruthfulnessDecision.of(decisionId, record.policyNo(), rules.label(), outcome, now);
    }
}
