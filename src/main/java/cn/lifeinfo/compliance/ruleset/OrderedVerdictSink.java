package cn.lifeinfo.compliance.ruleset;

/**
 * The global {@code out} of the families decided by an ordered table (access, service): every matching row of the
 * 判定顺序 sheet reports here with its order number; the lowest order wins, so "the first rule in the catalog's order
 * decides" (§3.4, §4.5) does not depend on the order in which Drools fires the rows.
 */
public final class OrderedVerdictSink {

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

    /** null if no row matched: the engine then answers its fail-closed default. */
    public Verdict verdict() {
        return verdict;
    }

    public record Verdict(int order, String ruleId, String decision, String messageZh, String messageEn,
                          String source) {
    }
}
