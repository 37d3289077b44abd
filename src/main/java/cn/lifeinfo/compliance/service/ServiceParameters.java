package cn.lifeinfo.compliance.service;

import cn.lifeinfo.compliance.ruleset.OrderedVerdictSink;
import cn.lifeinfo.compliance.ruleset.CompiledRuleset;
import cn.lifeinfo.compliance.ruleset.WorkbookParameter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The settings on the service workbook's "参数 Parameters" sheet (catalog §7), read once per compiled version.
 * A version that lacks one, or holds one that is not a whole number, is rejected at upload: its test cases fail
 * with the sheet's name and the key.
 */
public final class ServiceParameters {

    public static final String COOLING_OFF_DAYS = "callback.coolingOffDays";
    public static final String LONG_TERM_YEARS = "retention.longTermYears";
    public static final String SHORT_TERM_YEARS = "retention.shortTermYears";
    public static final String AML_YEARS = "retention.amlYears";
    public static final String DISPUTE_EXTRA_YEARS = "retention.disputeExtraYears";
    public static final String AGE_OF_MAJORITY = "age.majority";
    /** LIFE-LIST-001: days a downloaded customer list may be kept before it must be confirmed destroyed. */
    public static final String LIST_DESTROY_WITHIN_DAYS = "list.destroyWithinDays";
    /** LIFE-UPD-001: months between two verifications of an existing customer's contacts and ID (yearly). */
    public static final String REVERIFICATION_INTERVAL_MONTHS = "reverification.intervalMonths";
    /**
     * Settings added after versions were stored without them: such a version is read with these defaults (catalog
     * §6: 30 days, yearly) instead of being refused. A value that is there is checked like the others.
     */
    static final Map<String, Integer> OPTIONAL = Map.of(LIST_DESTROY_WITHIN_DAYS, 30,
            REVERIFICATION_INTERVAL_MONTHS, 12);
    /** Per change type: {@code change.CONTACT_CHANGE.approvals}, {@code change.IDENTITY_CHANGE.documents}. */
    public static final List<String> CHANGE_TYPES = List.of("CONTACT_CHANGE", "IDENTITY_CHANGE");

    private static final Map<CompiledRuleset, ServiceParameters> BY_VERSION =
            Collections.synchronizedMap(new WeakHashMap<>());

    private final Map<String, Integer> values;

    private ServiceParameters(Map<String, Integer> values) {
        this.values = values;
    }

    static List<String> keys() {
        List<String> keys = new ArrayList<>(List.of(COOLING_OFF_DAYS, LONG_TERM_YEARS, SHORT_TERM_YEARS, AML_YEARS,
                DISPUTE_EXTRA_YEARS, AGE_OF_MAJORITY));
        for (String type : CHANGE_TYPES) {
            keys.add(approvalsKey(type));
            keys.add(documentsKey(type));
        }
        return keys;
    }

    static String approvalsKey(String changeType) {
        return "change." + changeType + ".approvals";
    }

    static String documentsKey(String changeType) {
        return "change." + changeType + ".documents";
    }

    /** @throws IllegalArgumentException when the Parameters sheet lacks or garbles a setting */
    public static ServiceParameters of(CompiledRuleset rules) {
        ServiceParameters known = BY_VERSION.get(rules);
        if (known != null) {
            return known;
        }
        ServiceParameters read = read(rules);
        BY_VERSION.put(rules, read);
        return read;
    }

    private static ServiceParameters read(CompiledRuleset rules) {
        List<String> keys = new ArrayList<>(keys());
        keys.addAll(OPTIONAL.keySet());
        List<WorkbookParameter> params = keys.stream().map(WorkbookParameter::new).toList();
        rules.fire(new OrderedVerdictSink(), params);
        Map<String, Integer> values = new LinkedHashMap<>();
        for (WorkbookParameter p : params) {
            String v = p.value();
            if (v == null && OPTIONAL.containsKey(p.getKey())) {
                values.put(p.getKey(), OPTIONAL.get(p.getKey()));
                continue;
            }
            int n;
            try {
                n = Integer.parseInt(v == null ? "" : v);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("参数 " + p.getKey() + " 须为整数 / sheet 参数 Parameters: "
                        + p.getKey() + " must be a whole number, found " + (v == null ? "no row" : v));
            }
            if (n < 0 || n > 1000) {
                throw new IllegalArgumentException("sheet 参数 Parameters: " + p.getKey() + " out of range: " + n);
            }
            values.put(p.getKey(), n);
        }
        return new ServiceParameters(Map.copyOf(values));
    }

    public int get(String key) {
        Integer v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException("no parameter " + key);
        }
        return v;
    }

    public int coolingOffDays() {
        return get(COOLING_OFF_DAYS);
    }

    public int ageOfMajority() {
        return get(AGE_OF_MAJORITY);
    }

    public int approvalsNeeded(String changeType) {
        return get(approvalsKey(changeType));
    }

    public int documentsNeeded(String changeType) {
        return get(documentsKey(changeType));
    }

    public int listDestroyWithinDays() {
        return get(LIST_DESTROY_WITHIN_DAYS);
    }

    public int reverificationIntervalMonths() {
        return get(REVERIFICATION_INTERVAL_MONTHS);
    }

    public Map<String, Integer> all() {
        return values;
    }
}
