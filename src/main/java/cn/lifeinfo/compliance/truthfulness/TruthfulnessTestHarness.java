package cn.lifeinfo.compliance.truthfulness;

import cn.lifeinfo.compliance.ruleset.CompiledRuleset;
import cn.lifeinfo.compliance.ruleset.RuleFamily;
import cn.lifeinfo.compliance.ruleset.RulesetTestHarness;
import cn.lifeinfo.compliance.vocabulary.parse.Divisions;
import cn.lifeinfo.compliance.vocabulary.record.PolicyRecord;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashSet;

/** Runs a truthfulness workbook's test cases: outcome PASS/FAIL, rule ids = findings and gate rules. */
@ApplicationScoped
public class TruthfulnessTestHarness implements RulesetTestHarness {

    private final ObjectMapper json;
    private final TruthfulnessEngine engine = new TruthfulnessEngine(Divisions.standard());

    public TruthfulnessTestHarness(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public RuleFamily family() {
        return RuleFamily.TRUTHFULNESS;
    }

    @Override
    public CaseResult run(CompiledRuleset candidate, JsonNode input) {
        PolicyRecord record;
        try {
            record = json.treeToValue(input, PolicyRecord.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("input is not a policy record: " + e.getOriginalMessage());
        }
        TruthfulnessEngine.Outcome outcome = engine.decide(candidate, record);
        return new CaseResult(outcome.overall().name(), new LinkedHashSet<>(outcome.firedRuleIds()));
    }
}
