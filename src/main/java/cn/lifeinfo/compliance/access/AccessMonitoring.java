package cn.lifeinfo.compliance.access;

import cn.lifeinfo.compliance.ruleset.OrderedVerdictSink;
import cn.lifeinfo.compliance.access.facts.MonitorRule;
import cn.lifeinfo.compliance.ruleset.CompiledRuleset;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * ACC-MON-001 as the access workbook's sheet "访问监控 Monitoring" states it: the denials that count, the threshold,
 * the window, the alert's reasons and the violation type it suggests. Read once per compiled version.
 */
public record AccessMonitoring(String ruleId, List<String> countedRuleIds, int denials, Duration window,
                               String messageZh, String messageEn, String suggestedViolationType) {

    public static final String RULE_ID = "ACC-MON-001";
    static final String SHEET = "访问监控 Monitoring";

    private static final Map<CompiledRuleset, AccessMonitoring> BY_VERSION =
            Collections.synchronizedMap(new WeakHashMap<>());

    /** @throws IllegalArgumentException when the sheet has no ACC-MON-001 row or a cell of it is not usable */
    public static AccessMonitoring of(CompiledRuleset rules) {
        synchronized (BY_VERSION) {
            return BY_VERSION.computeIfAbsent(rules, AccessMonitoring::read);
        }
    }

    private static AccessMonitoring read(CompiledRuleset rules) {
        MonitorRule row = new MonitorRule(RULE_ID);
        rules.fire(new OrderedVerdictSink(), List.of(row));
        if (!row.matched()) {
            throw problem("no row for " + RULE_ID, "缺少 " + RULE_ID + " 行");
        }
        List<String> counted = Arrays.stream(required(row.countedRuleIds(), "denials counted", "计入的拒绝规则")
                        .split("[,，、]")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
        if (counted.isEmpty()) {
            throw problem("no denial rule ids to count", "计入的拒绝规则不能为空");
        }
        int denials = positive(row.denialsCell(), "denials", "次数阈值");
        int hours = positive(row.windowHoursCell(), "window (hours)", "时间窗(小时)");
        return new AccessMonitoring(RULE_ID, counted, denials, Duration.ofHours(hours),
                required(row.messageZh(), "reason (zh)", "原因(中文)"),
                required(row.messageEn(), "reason (en)", "原因(英文)"),
                required(row.violationTypeCell(), "suggested violation type", "建议违规类型"));
    }

    private static String required(String cell, String en, String zh) {
        if (cell == null || cell.isBlank()) {
            throw problem(en + " is required", zh + "不能为空");
        }
        return cell.trim();
    }

    private static int positive(String cell, String en, String zh) {
        try {
            int n = new BigDecimal(required(cell, en, zh)).intValueExact();
            if (n > 0) {
                return n;
            }
        } catch (ArithmeticException | NumberFormatException e) {
            // reported below with the cell's value
        }
        throw problem(en + " must be a whole number above 0, found \"" + cell + "\"",
                zh + "须为正整数,实为“" + cell + "”");
    }

    private static IllegalArgumentException problem(String en, String zh) {
        return new IllegalArgumentException("sheet " + SHEET + ": " + zh + " / " + en);
    }
}
