package cn.lifeinfo.compliance.assessment;

import cn.lifeinfo.compliance.ruleset.RuleFamily;
import cn.lifeinfo.compliance.ruleset.RulesetRegistry;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;

/**
 * Interim {@link AssessmentRulesProvider}: the version in force now answers for every date. Replace with a lookup of
 * the version whose activation time precedes the date when the ruleset lifecycle keeps versions.
 */
@ApplicationScoped
public class ActiveAssessmentRules implements AssessmentRulesProvider {

    private final RulesetRegistry registry;

    public ActiveAssessmentRules(RulesetRegistry registry) {
        this.registry = registry;
    }

    @Override
    public AssessmentRules inForceAt(LocalDate date) {
        return AssessmentRules.of(registry.active(RuleFamily.ASSESSMENT));
    }
}
