package cn.lifeinfo.compliance.access;

import cn.lifeinfo.compliance.common.FieldError;
import cn.lifeinfo.compliance.ruleset.CompiledRuleset;
import cn.lifeinfo.compliance.ruleset.RuleFamily;
import cn.lifeinfo.compliance.ruleset.RulesetTestHarness;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Set;

/**
 * Runs an access workbook's test cases: outcome PERMIT/DENY, rule ids = {the deciding rule id}. The monitoring sheet
 * is checked too, since no case exercises it.
 */
@ApplicationScoped
public class AccessTestHarness implements RulesetTestHarness {

    private final ObjectMapper json;
    private final AccessEngine engine = new AccessEngine();

    public AccessTestHarness(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public RuleFamily family() {
        return RuleFamily.ACCESS;
    }

    @Override
    public CaseResult run(CompiledRuleset candidate, JsonNode input) {
        AccessMonitoring.of(candidate); // an unusable ACC-MON-001 row rejects the version like a failing case
        AccessRequest request;
        try {
            request = json.treeToValue(input, AccessRequest.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("input is not an access request: " + e.getOriginalMessage());
        }
        if (request == null) {
            throw new IllegalArgumentException("input is not an access request");
        }
        List<FieldError> problems = request.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("input is not an access request: " + problems.get(0).field() + " "
                    + problems.get(0).message());
        }
        AccessEngine.Outcome outcome = engine.decide(candidate, request);
        return new CaseResult(outcome.decision().name(), Set.of(outcome.ruleId()));
    }
}
