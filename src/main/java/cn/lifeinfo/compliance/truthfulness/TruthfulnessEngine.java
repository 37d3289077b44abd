package cn.lifeinfo.compliance.truthfulness;

import cn.lifeinfo.compliance.ruleset.CompiledRuleset;
import cn.lifeinfo.compliance.truthfulness.facts.DecisionSink;
import cn.lifeinfo.compliance.truthfulness.facts.Finding;
import cn.lifeinfo.compliance.truthfulness.facts.GateOutcome;
import cn.lifeinfo.compliance.vocabulary.parse.Divisions;
import cn.lifeinfo.compliance.vocabulary.record.PolicyRecord;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Decides one record against a compiled truthfulness ruleset. Plain Java (no CDI) so that the benchmark and unit
 * tests drive exactly what the service runs.
 */
public final class TruthfulnessEngine {


    private final FactExtractor extractor;

    public TruthfulnessEngine(Divisions divisions) {
        this.extractor = new FactExtractor(divisions);
    }

    public Outcome decide(CompiledRuleset rules, PolicyRecord record) {
        return decide(rules, record, CrossRecordView.NONE);
    }

    public Outcome decide(CompiledRuleset rules, PolicyRecord record, CrossRecordView cross) {
        ExtractedFacts extracted = extractor.extract(record, cross);
        DecisionSink out = new DecisionSink();
        rules.fire(out, extracted.facts());
        return outcome(extracted.inScope(), out);
    }

    /** Orders the findings and picks the strictest gate; public so that the benchmark's plain-Java baseline shares it. */
    public static Outcome outcome(boolean inScope, DecisionSink out) {
        List<Finding> findings = new ArrayList<>(out.findings());
        findings.sort(Comparator.comparing((Finding f) -> roleRank(f.role())).thenComparing(Finding::role)
                .thenComparing(Finding::ruleId).thenComparing(Finding::field));
        boolean fail = findings.stream().anyMatch(Finding::isFail);
        UnderwritingGate gate = UnderwritingGate.ALLOW;
        for (GateOutcome g : out.gates()) {
            gate = gate.stricter(UnderwritingGate.valueOf(g.gate()));
        }
        String decided = gate.name();
        List<String> gateRules = out.gates().stream().filter(g -> g.gate().equals(decided))
                .map(GateOutcome::gateRule).distinct().sorted().toList();
        return new Outcome(inScope, fail ? Overall.FAIL : Overall.PASS, gate, List.copyOf(findings), gateRules);
    }

    private static int roleRank(String role) {
        if (role.startsWith("beneficiary")) {
            return 3;
        }
        return switch (role) {
            case "policy" -> 0;
            case "policyholder" -> 1;
            case "insured" -> 2;
            default -> 4;
        };
    }

    /** What the rules said about one record. */
    public record Outcome(boolean inScope, Overall overall, UnderwritingGate underwritingGate, List<Finding> findings,
                          List<String> gateRules) {

        public List<String> firedRuleIds() {
            List<String> ids = new ArrayList<>();
            findings.forEach(f -> ids.add(f.ruleId()));
            ids.addAll(gateRules);
            return ids.stream().distinct().toList();
        }
    }
}
