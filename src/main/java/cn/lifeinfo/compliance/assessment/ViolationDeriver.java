package cn.lifeinfo.compliance.assessment;

import cn.lifeinfo.compliance.truthfulness.TruthfulnessDecided;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.Set;

/**
 * Turns a stored truthfulness decision into violations of its salesperson (sheet "自动认定 Derivation"): once per
 * policy and type, traceable to the decision id. A failure here is logged and never fails the decision itself.
 */
@ApplicationScoped
public class ViolationDeriver {

    private static final Logger LOG = Logger.getLogger(ViolationDeriver.class);

    private final AssessmentRulesProvider rules;
    private final ViolationService violations;

    public ViolationDeriver(AssessmentRulesProvider rules, ViolationService violations) {
        this.rules = rules;
        this.violations = violations;
    }

    void on(@Observes TruthfulnessDecided decided) {
        if (decided.agentCode() == null || decided.agentCode().isBlank() || decided.policyNo() == null
                || decided.ruleIds() == null || decided.ruleIds().isEmpty()) {
            return;
        }
        try {
            AssessmentRules inForce = rules.inForceAt(decided.decisionDate());
            Set<String> types = inForce.derive(decided.ruleIds(), decided.sharedContactOfOneSalesperson());
            for (String type : types) {
                decided.records().add(violations.recordDerived(decided.agentCode().trim(), decided.decisionDate(), type, decided.policyNo(),
                        decided.decisionId(), inForce.label()));
            }
        } catch (RuntimeException e) {
            // no personal data in the log: the decision id leads to the audit row
            LOG.errorf(e, "Could not derive violations from truthfulness decision %s", decided.decisionId());
        }
    }
}
