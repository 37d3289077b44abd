package cn.lifeinfo.compliance.assessment;

import java.util.List;

/** GET /api/v1/agents/{agentCode}/score (API.md). */
public record AgentScoreView(String agentCode, String name, String branchCode, String asOf, String rulesetVersion,
                             int activePoints, String status, List<String> flags, List<Score.Reason> reasons,
                             List<ViolationView> violations) {

    AgentScoreView withoutNotes() {
        return new AgentScoreView(agentCode, name, branchCode, asOf, rulesetVersion, activePoints, status, flags,
                reasons, violations.stream().map(ViolationView::withoutNote).toList());
    }
}
