package cn.lifeinfo.compliance.access.facts;

/**
 * A row of the sheet "访问监控 Monitoring" (ACC-MON-*): which denials count, how many in what window raise an alert,
 * and what the alert says. Cells arrive as text, as the compliance officer typed them; {@code AccessMonitoring}
 * checks them.
 */
public final class MonitorRule {

    private final String ruleId;
    private String countedRuleIds;
    private String denials;
    private String windowHours;
    private String messageZh;
    private String messageEn;
    private String violationType;
    private boolean matched;

    public MonitorRule(String ruleId) {
        this.ruleId = ruleId;
    }

    public String getRuleId() {
        return ruleId;
    }

    public void counts(String ruleIds) {
        matched = true;
        countedRuleIds = ruleIds;
    }

    public void denials(String n) {
        matched = true;
        denials = n;
    }

    public void windowHours(String hours) {
        matched = true;
        windowHours = hours;
    }

    public void messages(String zh, String en) {
        matched = true;
        messageZh = zh;
        messageEn = en;
    }

    public void violationType(String type) {
        matched = true;
        violationType = type;
    }

    public boolean matched() {
        return matched;
    }

    public String countedRuleIds() {
        return countedRuleIds;
    }

    public String denialsCell() {
        return denials;
    }

    public String windowHoursCell() {
        return windowHours;
    }

    public String messageZh() {
        return messageZh;
    }

    public String messageEn() {
        return messageEn;
    }

    public String violationTypeCell() {
        return violationType;
    }
}
