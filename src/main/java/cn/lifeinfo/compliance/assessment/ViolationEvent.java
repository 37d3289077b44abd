package cn.lifeinfo.compliance.assessment;

import java.time.LocalDate;

/** One violation on an agent's timeline, as the replay sees it. */
public record ViolationEvent(String violationId, LocalDate date, String type, boolean suspectedCrime) {
}
