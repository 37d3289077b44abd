package cn.lifeinfo.compliance.truthfulness.facts;

/**
 * One reported defect. Created by a decision-table row and inserted into working memory so that the gate
 * table can match on it; immutable once inserted because the gate rules read it at insertion time.
 */
public record Finding(String ruleId, String role, String field, String severity, boolean keyInfo,
                      String messageZh, String messageEn, String source) {

    public boolean isFail() {
        return "FAIL".equals(severity);
    }

    public boolean isWarn() {
        return "WARN".equals(severity);
    }

    public String getRuleId() { return ruleId; }
    public String getRole() { return role; }
    public String getField() { return field; }
    public String getSeverity() { return severity; }
    public boolean isKeyInfo() { return keyInfo; }
}
