package cn.lifeinfo.compliance.service;

import cn.lifeinfo.compliance.common.FieldError;
import cn.lifeinfo.compliance.registry.ContactKeys;
import cn.lifeinfo.compliance.ruleset.CompiledRuleset;
import cn.lifeinfo.compliance.ruleset.RuleFamily;
import cn.lifeinfo.compliance.ruleset.RulesetTestHarness;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/**
 * Runs a service workbook's test cases: outcome = the decision, rule ids = {the deciding rule id}. The salesperson
 * registry is not consulted (a case names the salesperson's phones in {@code agentPhones}); the parameters are read
 * first, so a version with an unusable 参数 sheet fails its cases.
 */
@ApplicationScoped
public class ServiceTestHarness implements RulesetTestHarness {

    private final ServiceEngine engine;

    public ServiceTestHarness(ContactKeys keys) {
        this.engine = new ServiceEngine(keys);
    }

    @Override
    public RuleFamily family() {
        return RuleFamily.SERVICE;
    }

    @Override
    public CaseResult run(CompiledRuleset candidate, JsonNode input) {
        ServiceParameters.of(candidate);
        cn.lifeinfo.compliance.sampling.SamplingParameters.of(candidate); // its rows are on this family's sheet
        ServiceRequestReader.Result read = ServiceRequestReader.read(input);
        if (!read.errors().isEmpty()) {
            FieldError e = read.errors().get(0);
            throw new IllegalArgumentException("input is not a service request: " + e.field() + " " + e.message());
        }
        ServiceEngine.Outcome outcome = engine.decide(candidate, read.request(), phone -> false);
        return new CaseResult(outcome.decision().name(), Set.of(outcome.ruleId()));
    }
}
