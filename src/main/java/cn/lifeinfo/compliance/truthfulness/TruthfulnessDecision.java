package cn.lifeinfo.compliance.truthfulness;

import cn.lifeinfo.compliance.truthfulness.facts.Finding;

import java.time.Instant;
import java.util.List;

/** The response of POST /api/v1/decisions/truthfulness (API.md). */
public record TruthfulnessDecision(String decisionId, String policyNo, String rulesetVersion, boolean inScope,
                                   Overall overall, UnderwritingGate underwritingGate, List<FindingView> findings,
                                   List<String> gateRules, Instant evaluatedAt) {

    public record FindingView(String ruleId, String role, String field, String severity, String messageZh,
                              String messageEn, String source) {

        static FindingView of(Finding f) {
            return new FindingView(f.ruleId(), f.role(), f.field(), f.severity(), f.messageZh(), f.messageEn(),
                    f.source());
        }
    }

    static TruthfulnessDecision of(String decisionId, String policyNo, String rulesetVersion,
                                   TruthfulnessEngine.Outcome outcome, Instant evaluatedAt) {
        return new TruthfulnessDecision(decisionId, policyNo, rulesetVersion, outcome.inScope(), outcome.overall(),
                outcome.underwritingGate(), outcome.findings().stream().map(FindingView::of).toList(),
                outcome.gateRules(), evaluatedAt);
    }
}
