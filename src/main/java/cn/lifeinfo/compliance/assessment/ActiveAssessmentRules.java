package cn.lifeinfo.compliance.assessment;

import cn.lifeinfo.compliance.ruleset.RuleFamily;
import cn.lifeinfo.compliance.ruleset.RulesetHistory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.time.ZoneId;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;

/**
 * The assessment rules that were in force at the end of a date (service zone), from the ruleset change log: a past
 * date is recomputed with the rules of that date, not with today's.
 */
@ApplicationScoped
public class ActiveAssessmentRules implements AssessmentRulesProvider {

    private final RulesetHistory history;
    private final ZoneId zone;

    public ActiveAssessmentRules(RulesetHistory history, @ConfigProperty(name = "compliance.zone") ZoneId zone) {
        this.history = history;
        this.zone = zone;
    }

    @Override
    public AssessmentRules inForceAt(LocalDate date) {
        Instant endOfDay = date.plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1);
        return AssessmentRules.of(history.inForceAt(RuleFamily.ASSESSMENT, endOfDay));
    }
}
