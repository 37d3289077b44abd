package cn.lifeinfo.compliance.ruleset;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Set;

/**
 * How a family runs the test cases that compliance staff write into a workbook's "测试用例 Tests" sheet: each case
 * gives an input (JSON, in the family's request schema), the expected outcome and the expected rule ids. One bean
 * per family; the ruleset service finds it by {@link #family()} and runs every case against the candidate version
 * before that version can be approved.
 */
public interface RulesetTestHarness {

    RuleFamily family();

    /**
     * Decides one case with the candidate rules, without storing or auditing anything.
     *
     * @throws IllegalArgumentException when the input does not fit the family's schema (reported on the case's row)
     */
    CaseResult run(CompiledRuleset candidate, JsonNode input);

    /**
     * @param outcome the family's headline result: PASS/FAIL (truthfulness), PERMIT/DENY (access),
     *                a status such as GREY_LIST (assessment)
     * @param ruleIds the rule ids the decision reports (findings and gate rules; the deciding rule; flags)
     */
    record CaseResult(String outcome, Set<String> ruleIds) {
    }
}
