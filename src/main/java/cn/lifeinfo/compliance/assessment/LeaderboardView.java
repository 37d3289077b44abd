package cn.lifeinfo.compliance.assessment;

import java.util.List;

/** GET /api/v1/agents/scores: agents ordered by active points, highest first. */
public record LeaderboardView(String asOf, String rulesetVersion, String branchCode, String status, int page,
                              int size, long total, List<Row> agents) {

    public record Row(String agentCode, String name, String branchCode, int activePoints, String status,
                      List<String> flags, int violationCount) {
    }
}
