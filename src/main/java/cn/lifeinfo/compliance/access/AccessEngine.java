package cn.lifeinfo.compliance.access;

import cn.lifeinfo.compliance.ruleset.OrderedVerdictSink;
import cn.lifeinfo.compliance.ruleset.WorkbookParameter;
import cn.lifeinfo.compliance.access.facts.AccessCheck;
import cn.lifeinfo.compliance.access.facts.AccessFacts;
import cn.lifeinfo.compliance.ruleset.CompiledRuleset;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * Decides one access request against a compiled access ruleset, in two passes over one session: the data sheets
 * (字段分类, 角色矩阵) classify the fields and attach the role's grant; then the request measured against that
 * grant ({@link AccessCheck}) is inserted and the 判定顺序 rows decide, the lowest order winning. Plain Java, no
 * CDI, so that the benchmark and the test harness run exactly what the service runs. The request must have
 * passed {@link AccessRequest#problems()}.
 */
public final class AccessEngine {

    /** A decision as the rules made it. {@code mask} is empty unless the decision is a PERMIT. */
    public record Outcome(AccessVerdict decision, String ruleId, String messageZh, String messageEn, List<String> mask) {

        public boolean permitted() {
            return decision == AccessVerdict.PERMIT;
        }
    }

    public Outcome decide(CompiledRuleset rules, AccessRequest request) {
        AccessFacts facts = new AccessFacts(trim(request.subject().role()),
                new LinkedHashSet<>(request.resource().fields()));
        OrderedVerdictSink out = new OrderedVerdictSink();
        WorkbookParameter minorAge = new WorkbookParameter(MINOR_AGE);
        return rules.evaluate(out, session -> {
            session.insert(facts);
            session.insert(minorAge);
            facts.requestedFields().forEach(session::insert);
            session.fireAllRules();
            // the second round sees what the first concluded about each field (classes, sensitivity)
            AccessCheck check = AccessCheck.of(request, facts, minorAge(minorAge.value()));
            session.insert(check);
            session.fireAllRules();
            return outcome(out.verdict(), check);
        });
    }

    static Outcome outcome(OrderedVerdictSink.Verdict v, AccessCheck check) {
        if (v == null) {
            // a workbook without a matching PERMIT row: fail closed, naming the role rule
            return new Outcome(AccessVerdict.DENY, "ACC-ROLE-001", "未授权角色", "Role not authorised", List.of());
        }
        boolean permit = "PERMIT".equals(v.decision());
        return new Outcome(permit ? AccessVerdict.PERMIT : AccessVerdict.DENY, v.ruleId(), v.messageZh(), v.messageEn(),
                permit ? check.getMask() : List.of());
    }

    /**
     * PIPL Art. 28's age, from the workbook; a version stored before its Parameters sheet existed has none and is
     * read with the law's 14 it was written for.
     */
    static int minorAge(String value) {
        if (value == null) {
            return LEGAL_MINOR_AGE;
        }
        return Integer.parseInt(value);
    }

    private static final int LEGAL_MINOR_AGE = 14;
    /** The access workbook's Parameters key for PIPL Art. 28's age. */
    public static final String MINOR_AGE = "minorAge";

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }
}
