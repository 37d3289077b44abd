package cn.lifeinfo.compliance.truthfulness.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The global {@code out} of the truthfulness rules. Several sheet rows may report one rule for one role and field
 * (e.g. the four spouse-age rows of TRU-REL-005); the first report wins so a finding appears once.
 */
public final class DecisionSink {

    private final Map<String, Finding> findings = new LinkedHashMap<>();
    private final List<GateOutcome> gates = new ArrayList<>(3);

    /** Called from the action columns of every finding table; returns the finding to insert. */
    public Finding add(RoleFacts subject, String ruleId, String field, String severity, String keyInfo,
                       String messageZh, String messageEn, String source) {
        Finding finding = new Finding(ruleId, subject.getRole(), field, severity, yes(keyInfo), messageZh, messageEn,
                source);
        Finding first = findings.putIfAbsent(ruleId + '|' + finding.role() + '|' + field, finding);
        return first == null ? finding : first;
    }

    /** Called from the gate table. */
    public void gate(String gateRule, String gate) {
        GateOutcome outcome = new GateOutcome(gateRule, gate);
        if (!gates.contains(outcome)) {
            gates.add(outcome);
        }
    }

    public List<Finding> findings() {
        return List.copyOf(findings.values());
    }

    public List<GateOutcome> gates() {
        return List.copyOf(gates);
    }

    /** Compliance staff write 是/否 in the sheet; Y/N and true/false are accepted too. */
    static boolean yes(String cell) {
        if (cell == null) {
            return false;
        }
        String v = cell.trim();
        return v.equals("是") || v.equalsIgnoreCase("Y") || v.equalsIgnoreCase("YES") || v.equalsIgnoreCase("TRUE");
    }
}
