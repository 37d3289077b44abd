package cn.lifeinfo.compliance.assessment;

import java.time.LocalDate;
import java.util.List;

/**
 * An agent's assessment on a date.
 *
 * @param flags      sorted alphabetically
 * @param reasons    the Status-sheet rows behind the status (for termination: the rows that terminated)
 * @param violations every event up to the date, in date order, with its points and whether it is still active
 */
public record Score(LocalDate asOf, String rulesetVersion, int activePoints, String status, List<String> flags,
                    List<Reason> reasons, List<Entry> violations) {

    public record Reason(String ruleId, String messageZh, String messageEn) {
    }

    public record Entry(ViolationEvent event, int points, boolean active, boolean knownType) {
    }
}
