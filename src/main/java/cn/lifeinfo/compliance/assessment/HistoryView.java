package cn.lifeinfo.compliance.assessment;

import java.util.List;

/** An agent's points and status at every date they changed, for the managers' chart. */
public record HistoryView(String agentCode, String to, String rulesetVersion, List<Point> points) {

    public record Point(String date, int activePoints, String status, List<String> flags) {
    }
}
