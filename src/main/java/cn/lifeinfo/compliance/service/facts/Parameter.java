package cn.lifeinfo.compliance.service.facts;

/** A named setting of the sheet "参数 Parameters" (cooling-off days, retention years, approvals, age of majority). */
public final class Parameter {

    private final String key;
    private String value;

    public Parameter(String key) {
        this.key = key;
    }

    public String getKey() {
        return key;
    }

    /** Action of the Parameters rows; the first row for a key wins. */
    public void set(String v) {
        if (value == null) {
            value = v == null ? null : v.trim();
        }
    }

    public String value() {
        return value;
    }
}
