package cn.lifeinfo.compliance.sampling;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A sample's period: a month "2026-11" (consistency, post-callback) or a quarter "2026-Q4" (truthfulness). */
public record SamplingPeriod(String label, LocalDate first, LocalDate last) {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    /** @return null when the text is not a period of the kind's form */
    static SamplingPeriod parse(SamplingKind kind, String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        if (kind.quarterly()) {
            Matcher q = QUARTER.matcher(t);
            if (!q.matches()) {
                return null;
            }
            YearMonth start = YearMonth.of(Integer.parseInt(q.group(1)), (Integer.parseInt(q.group(2)) - 1) * 3 + 1);
            return new SamplingPeriod(t, start.atDay(1), start.plusMonths(2).atEndOfMonth());
        }
        Matcher m = MONTH.matcher(t);
        if (!m.matches()) {
            return null;
        }
        YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        return new SamplingPeriod(t, month.atDay(1), month.atEndOfMonth());
    }

    static String form(SamplingKind kind) {
        return kind.quarterly() ? "a quarter like 2026-Q4" : "a month like 2026-11";
    }
}
