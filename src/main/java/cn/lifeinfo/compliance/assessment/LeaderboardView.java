package cn.lifeinfo.compliance.assessment;

import java.util.List;

/** GET /api/v1/agents/scores: agents ordered by active points, highest first. */
public record LeaderboardView(String asOf, String rulesetVersion, String branchCode, String status, int page,
                              int size, long total, List<Row> agents) {

    /** @param branchName the GB/T 2260 place the branch code names, or null */
    public record Row(String agentCode, String name, String branchCode, String branchName, int activePoints,
                      String status,
                      List<String> flags, int violationCount) {
    }
}
