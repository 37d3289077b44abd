package cn.lifeinfo.compliance.access.facts;

/** A named setting of the access workbook's sheet "参数 Parameters" (the age below which all data is sensitive). */
public final class AccessParameter {

    public static final String MINOR_AGE = "minorAge";

    private final String key;
    private String value;

    public AccessParameter(String key) {
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
