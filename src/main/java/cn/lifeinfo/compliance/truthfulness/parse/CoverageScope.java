package cn.lifeinfo.compliance.truthfulness.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * TRU-SCOPE-001 (catalog §1.4, Art. 3): individual business whose coverage ends more than one year after it starts.
 * A term that is missing or cannot be read counts as over one year: compliance officers would rather check a record
 * too many than let an in-scope policy escape every truthfulness rule.
 */
public final class CoverageScope {

    private static final int DAYS_IN_LEAP_YEAR = 366;

    private CoverageScope() {
    }

    /** A missing or unknown business type is out of scope: only INDIVIDUAL business is covered by the Measures. */
    public static boolean inScope(String businessType, String termUnit, Integer termValue, LocalDate effectiveDate) {
        String type = TextNormaliser.nfkc(businessType);
        return type != null && type.toUpperCase(Locale.ROOT).equals("INDIVIDUAL")
                && termOverOneYear(termUnit, termValue, effectiveDate);
    }

    /**
     * Coverage end strictly after {@code effectiveDate.plusYears(1)}. Without an effective date, DAY n counts as over
     * one year only when n > 366, so no leap year can make it exactly one year.
     */
    public static boolean termOverOneYear(String termUnit, Integer termValue, LocalDate effectiveDate) {
        String unit = TextNormaliser.nfkc(termUnit);
        if (unit == null) {
            return true;
        }
        switch (unit.toUpperCase(Locale.ROOT)) {
            case "LIFETIME":
            case "TO_AGE":
                return true;
            case "YEAR":
                return termValue == null || termValue <= 0 || termValue > 1;
            case "MONTH":
                return termValue == null || termValue <= 0 || termValue > 12;
            case "DAY":
                return termValue == null || termValue <= 0 || daysOverOneYear(termValue, effectiveDate);
            default:
                return true;
        }
    }

    private static boolean daysOverOneYear(int days, LocalDate effectiveDate) {
        if (effectiveDate == null) {
            return days > DAYS_IN_LEAP_YEAR;
        }
        try {
            return effectiveDate.plusDays(days).isAfter(effectiveDate.plusYears(1));
        } catch (DateTimeException e) {
            return true;
        }
    }
}
