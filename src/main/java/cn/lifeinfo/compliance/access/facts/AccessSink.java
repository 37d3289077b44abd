package cn.lifeinfo.compliance.access.facts;

/**
 * The global {@code out} of the access rules. Every matching row of the 判定顺序 sheet reports here with its order
 * number; the lowest order wins, so "first DENY in the order of catalog §3.4 wins" does not depend on the order in
 * which Drools fires the rows.
 */
public final class AccessSink {

    private int bestOrder = Integer.MAX_VALUE;
    private Verdict verdict;

    public void decide(String order, String ruleId, String decision, String messageZh, String messageEn,
                       String source) {
        int n;
        try {
            n = Integer.parseInt(order.trim());
        } catch (NumberFormatException e) {
            n = Integer.MAX_VALUE - 1;
        }
        if (n < bestOrder) {
            bestOrder = n;
            verdict = new Verdict(n, ruleId.trim(), decision.trim().toUpperCase(), messageZh, messageEn, source);
        }
    }

    /** null if no row matched (a workbook without a PERMIT row): the engine then denies. */
    public Verdict verdict() {
        return verdict;
    }

    public record Verdict(int order, String ruleId, String decision, String messageZh, String messageEn,
                          String source) {
    }
}
