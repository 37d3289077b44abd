package cn.lifeinfo.compliance.assessment.facts;

/** A named setting of the sheet "参数 Parameters" (window mode, correction deadline); the matching row sets it. */
public final class Parameter {

    private final String key;
    private String value;

    public Parameter(String key) {
        this.key = key;
    }

    public String getKey() {
        return key;
    }

    public void set(String v) {
        if (value == null) {
            value = v == null ? null : v.trim();
        }
    }

    public String value() {
        return value;
    }
}
