package cn.lifeinfo.compliance.sampling;

/**
 * The three samples of catalog §4.3–4.4, each with its rule, its period and the prefix of its settings on the
 * service workbook's 参数 Parameters sheet.
 */
public enum SamplingKind {
    /** GATE-SMP-001: application form vs system, per branch and month. */
    CONSISTENCY("GATE-SMP-001", "consistency", false),
    /** GATE-SMP-002: contact the customer, per branch and quarter. */
    TRUTHFULNESS("GATE-SMP-002", "truthfulness", true),
    /** GATE-CB-004: re-contact after a successful callback, per branch and callback month. */
    POST_CALLBACK("GATE-CB-004", "postCallback", false);

    private final String ruleId;
    private final String parameterPrefix;
    private final boolean quarterly;

    SamplingKind(String ruleId, String parameterPrefix, boolean quarterly) {
        this.ruleId = ruleId;
        this.parameterPrefix = parameterPrefix;
        this.quarterly = quarterly;
    }

    public String ruleId() {
        return ruleId;
    }

    String parameterPrefix() {
        return parameterPrefix;
    }

    public boolean quarterly() {
        return quarterly;
    }
}
