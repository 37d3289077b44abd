package cn.lifeinfo.compliance.assessment.facts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The global {@code out} of the assessment rules: what the status, derivation and commission rows report. */
public final class AssessmentSink {

    private final List<StatusRow> statusRows = new ArrayList<>(4);
    private final Set<String> derived = new LinkedHashSet<>();
    private DecisionRow commission;
    private DecisionRow hiring;

    /** Called from the Status sheet. {@code flags} is a comma-separated list; {@code sticky} 是/否. */
    public void status(String status, int level, String flags, String sticky, String ruleId, String messageZh,
                       String messageEn) {
        Set<String> set = new TreeSet<>();
        Arrays.stream(flags.split("[,,、\\s]+")).map(String::trim).filter(s -> !s.isEmpty()).forEach(set::add);
        statusRows.add(new StatusRow(status.trim(), level, Set.copyOf(set), yes(sticky), ruleId, messageZh,
                messageEn));
    }

    /** Called from the Derivation sheet. */
    public void derive(String violationType) {
        derived.add(violationType.trim());
    }

    /** Called from the Commission sheet; rows fire by priority and the first one decides. */
    public void commission(String ruleId, String action, String messageZh, String messageEn) {
        if (commission == null) {
            commission = new DecisionRow(ruleId, action.trim(), messageZh, messageEn);
        }
    }

    /** Called from the Hiring sheet (PEN-STAFF-008). */
    public void hiring(String ruleId, String decision, String messageZh, String messageEn) {
        if (hiring == null) {
            hiring = new DecisionRow(ruleId, decision.trim(), messageZh, messageEn);
        }
    }

    public DecisionRow hiring() {
        return hiring;
    }

    public List<StatusRow> statusRows() {
        return List.copyOf(statusRows);
    }

    public Set<String> derived() {
        return Set.copyOf(derived);
    }

    public DecisionRow commission() {
        return commission;
    }

    public static boolean yes(String cell) {
        if (cell == null) {
            return false;
        }
        String v = cell.trim();
        return v.equals("是") || v.equalsIgnoreCase("Y") || v.equalsIgnoreCase("YES") || v.equalsIgnoreCase("TRUE");
    }

    /** One fired row of the Status sheet. */
    public record StatusRow(String status, int level, Set<String> flags, boolean sticky, String ruleId,
                            String messageZh, String messageEn) {
    }

    /** The deciding row of the Commission or Hiring sheet; {@code outcome} is the action or decision. */
    public record DecisionRow(String ruleId, String outcome, String messageZh, String messageEn) {
    }
}
