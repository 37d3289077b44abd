package cn.lifeinfo.compliance.sampling;

import cn.lifeinfo.compliance.ruleset.CompiledRuleset;
import cn.lifeinfo.compliance.ruleset.OrderedVerdictSink;
import cn.lifeinfo.compliance.ruleset.WorkbookParameter;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.regex.Pattern;

/**
 * The sampling settings on the service workbook's "参数 Parameters" sheet (catalog §7). A service version stored
 * before these rows existed has none of them and is read with the catalog's defaults (as the access family reads
 * minorAge); a row that is present but unusable makes the version fail its own test cases at upload.
 */
public final class SamplingParameters {

    public static final String FALSE_INFO_TYPE = "sampling.falseInfo.violationType";
    public static final String PROXY_CALLBACK_TYPE = "sampling.proxyCallback.violationType";
    public static final String AFTER_MONTHS = "sampling.postCallback.afterMonths";

    /** Catalog §7 and §5.3; NON_CUSTOMER_CONTACT is the assessment workbook's false-information type. */
    static final Map<String, String> DEFAULTS = defaults();

    private static final Pattern TYPE = Pattern.compile("[A-Z][A-Z0-9_]{1,59}");
    private static final Map<CompiledRuleset, SamplingParameters> BY_VERSION =
            Collections.synchronizedMap(new WeakHashMap<>());

    private final Map<String, String> values;

    private SamplingParameters(Map<String, String> values) {
        this.values = values;
    }

    public static String rateKey(SamplingKind kind) {
        return "sampling." + kind.parameterPrefix() + ".ratePercent";
    }

    public static String minimumKey(SamplingKind kind) {
        return "sampling." + kind.parameterPrefix() + ".minimum";
    }

    private static Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put(rateKey(SamplingKind.CONSISTENCY), "3");
        d.put(minimumKey(SamplingKind.CONSISTENCY), "20");
        d.put(rateKey(SamplingKind.TRUTHFULNESS), "2");
        d.put(minimumKey(SamplingKind.TRUTHFULNESS), "30");
        d.put(rateKey(SamplingKind.POST_CALLBACK), "5");
        d.put(minimumKey(SamplingKind.POST_CALLBACK), "0");
        d.put(AFTER_MONTHS, "6");
        d.put(FALSE_INFO_TYPE, "NON_CUSTOMER_CONTACT");
        d.put(PROXY_CALLBACK_TYPE, "PROXY_CALLBACK");
        return Collections.unmodifiableMap(d);
    }

    /** @throws IllegalArgumentException when a sampling row is present but unusable (named by sheet and key) */
    public static SamplingParameters of(CompiledRuleset serviceRules) {
        SamplingParameters known = BY_VERSION.get(serviceRules);
        if (known != null) {
            return known;
        }
        List<WorkbookParameter> params = DEFAULTS.keySet().stream().map(WorkbookParameter::new).toList();
        serviceRules.fire(new OrderedVerdictSink(), params);
        Map<String, String> values = new LinkedHashMap<>();
        for (WorkbookParameter p : params) {
            String v = p.value() == null ? DEFAULTS.get(p.getKey()) : p.value();
            check(p.getKey(), v);
            values.put(p.getKey(), v);
        }
        SamplingParameters read = new SamplingParameters(Map.copyOf(values));
        BY_VERSION.put(serviceRules, read);
        return read;
    }

    private static void check(String key, String v) {
        boolean type = key.endsWith(".violationType");
        boolean ok = type ? TYPE.matcher(v).matches() : v.matches("[0-9]{1,4}");
        if (ok && key.endsWith(".ratePercent")) {
            int rate = Integer.parseInt(v);
            ok = rate >= 1 && rate <= 100;
        }
        if (!ok) {
            throw new IllegalArgumentException("参数 " + key + " 取值无效 / sheet 参数 Parameters: " + key + " must be "
                    + (type ? "a violation type code" : key.endsWith(".ratePercent") ? "a percentage from 1 to 100"
                    : "a whole number") + ", found " + v);
        }
    }

    public int ratePercent(SamplingKind kind) {
        return Integer.parseInt(values.get(rateKey(kind)));
    }

    public int minimum(SamplingKind kind) {
        return Integer.parseInt(values.get(minimumKey(kind)));
    }

    public int afterMonths() {
        return Integer.parseInt(values.get(AFTER_MONTHS));
    }

    public String violationType(String key) {
        return values.get(key);
    }

    /**
     * GATE-SMP-001/002: the rate rounded up, at least the minimum, never more than there are. Whole numbers only:
     * 3% of 1,000 is 30, of 101 it is 4 (3.03 rounded up).
     */
    public static int quota(int population, int ratePercent, int minimum) {
        int byRate = (int) ((population * (long) ratePercent + 99) / 100);
        return Math.min(population, Math.max(byRate, minimum));
    }
}
