package cn.lifeinfo.compliance.assessment;

import cn.lifeinfo.compliance.ruleset.CompiledRuleset;
import cn.lifeinfo.compliance.ruleset.RuleFamily;
import cn.lifeinfo.compliance.ruleset.RulesetTestHarness;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Runs an assessment workbook's test cases. Input {@code {asOf, violations: [{date, type, suspectedCrime?}]}};
 * outcome = status, rule ids = flags. The candidate answers for every date of the case.
 */
@ApplicationScoped
public class AssessmentTestHarness implements RulesetTestHarness {

    @Override
    public RuleFamily family() {
        return RuleFamily.ASSESSMENT;
    }

    @Override
    public CaseResult run(CompiledRuleset candidate, JsonNode input) {
        if (input == null || !input.isObject()) {
            throw new IllegalArgumentException("input must be an object {asOf, violations: [...]}");
        }
        LocalDate asOf = date(input.get("asOf"), "asOf");
        JsonNode list = input.get("violations");
        if (list != null && !list.isNull() && !list.isArray()) {
            throw new IllegalArgumentException("violations must be an array");
        }
        AssessmentRules rules = AssessmentRules.of(candidate);
        List<ViolationEvent> events = new ArrayList<>();
        if (list != null) {
            for (int i = 0; i < list.size(); i++) {
                JsonNode v = list.get(i);
                String type = v.path("type").asText(null);
                if (type == null || rules.type(type).isEmpty()) {
                    throw new IllegalArgumentException("violations[" + i + "].type: unknown violation type " + type);
                }
                events.add(new ViolationEvent("case-" + i, date(v.get("date"), "violations[" + i + "].date"), type,
                        v.path("suspectedCrime").asBoolean(false)));
            }
        }
        Score s = new Scorer(date -> rules).score(events, asOf);
        return new CaseResult(s.status(), new LinkedHashSet<>(s.flags()));
    }

    private static LocalDate date(JsonNode node, String field) {
        if (node == null || !node.isTextual()) {
            throw new IllegalArgumentException(field + ": required date YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": not a date YYYY-MM-DD");
        }
    }
}
