package cn.lifeinfo.compliance.lifecycle;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** A re-verification task as the endpoints show it: the customer by its keyed hash only. */
public record ReverificationTaskView(String taskId, String ruleId, String customerKey, String hashKeyId,
                                     int cycleYear, String reason, LocalDate dueOn, List<String> agentCodes,
                                     String status, LocalDate completedOn, String outcome, String completedBy) {

    static ReverificationTaskView of(ReverificationTaskEntity e) {
        return new ReverificationTaskView(e.taskId, Reverification.RULE_ID, e.customerKey, e.hashKeyId, e.cycleYear,
                e.reason, e.dueOn,
                e.agentCodes == null || e.agentCodes.isBlank() ? List.of() : Arrays.asList(e.agentCodes.split(",")),
                e.completedOn == null ? "OPEN" : "DONE", e.completedOn, e.outcome, e.completedBy);
    }
}
