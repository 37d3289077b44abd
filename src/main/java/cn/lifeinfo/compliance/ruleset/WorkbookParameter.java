package cn.lifeinfo.compliance.ruleset;

/**
 * A named setting of a workbook's sheet "参数 Parameters" (a window mode, a cooling-off period, an age): every
 * family asks its sheet the same way, by inserting one per key and reading what the matching row set.
 */
public final class WorkbookParameter {

    private final String key;
    private String value;

    public WorkbookParameter(String key) {
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

    /** The row's value, or null when no row names the key. */
    public String value() {
        return value;
    }
}
