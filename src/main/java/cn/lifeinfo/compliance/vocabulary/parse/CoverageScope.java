package cn.lifeinfo.compliance.vocabulary.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * TRU-SCOPE-001/002 (catalog §1.4, Art. 3): individual business whose coverage ends more than one year after it
 * starts. Scope fails closed: when {@code businessType} or {@code coverageTerm} is missing or unreadable, or a DAY or
 * MONTH term has no effective date, scope cannot be decided and the record is evaluated as in scope (TRU-SCOPE-002).
 */
public final class CoverageScope {

    /** The business types of RECORD.md; anything else cannot be read. */
    private static final Set<String> BUSINESS_TYPES = Set.of("INDIVIDUAL", "GROUP");

    /**
     * @param inScope          evaluate the TRU rules: individual business over one year, or scope undeterminable
     * @param undeterminedBy   the inputs that keep scope from being decided, in the order businessType,
     *                         coverageTerm, effectiveDate; empty when scope was decided
     * @param individual       individual business, or a business type that cannot be read (evaluated as in scope)
     * @param termOverOneYear  coverage over one year, or a term that cannot be judged (evaluated as in scope)
     */
    public record Assessment(boolean inScope, List<String> undeterminedBy, boolean individual,
                             boolean termOverOneYear) {

        public boolean undetermined() {
            return !undeterminedBy.isEmpty();
        }
    }

    private CoverageScope() {
    }

    public static Assessment assess(String businessType, String termUnit, Integer termValue,
                                    LocalDate effectiveDate) {
        List<String> undetermined = new ArrayList<>(2);
        String type = code(businessType);
        boolean typeReadable = type != null && BUSINESS_TYPES.contains(type);
        if (!typeReadable) {
            undetermined.add("businessType");
        }
        String unit = code(termUnit);
        Boolean over = termOverOneYearOrNull(unit, termValue, effectiveDate);
        if (over == null) {
            undetermined.add(termReadable(unit, termValue) ? "effectiveDate" : "coverageTerm");
        }
        boolean individual = !typeReadable || type.equals("INDIVIDUAL");
        boolean termOver = over == null || over;
        boolean inScope = !undetermined.isEmpty() || (individual && termOver);
        return new Assessment(inScope, List.copyOf(undetermined), individual, termOver);
    }

    public static boolean inScope(String businessType, String termUnit, Integer termValue, LocalDate effectiveDate) {
        return assess(businessType, termUnit, termValue, effectiveDate).inScope();
    }

    /**
     * Coverage end strictly after {@code effectiveDate.plusYears(1)}; a term that cannot be judged (missing, unknown
     * unit, no positive value, DAY or MONTH without an effective date) counts as over one year (§1.4 fails closed).
     */
    public static boolean termOverOneYear(String termUnit, Integer termValue, LocalDate effectiveDate) {
        Boolean over = termOverOneYearOrNull(code(termUnit), termValue, effectiveDate);
        return over == null || over;
    }

    /** Null when the term cannot be judged. */
    private static Boolean termOverOneYearOrNull(String unit, Integer termValue, LocalDate effectiveDate) {
        if (!termReadable(unit, termValue)) {
            return null;
        }
        switch (unit) {
            case "LIFETIME":
            case "TO_AGE":
                return true;
            case "YEAR":
                return termValue > 1;
            case "MONTH":
                return effectiveDate == null ? null : termValue > 12;
            default: // DAY
                return effectiveDate == null ? null : daysOverOneYear(termValue, effectiveDate);
        }
    }

    /** A known unit, with a positive value where the unit counts something. */
    private static boolean termReadable(String unit, Integer termValue) {
        if (unit == null) {
            return false;
        }
        return switch (unit) {
            case "LIFETIME", "TO_AGE" -> true;
            case "YEAR", "MONTH", "DAY" -> termValue != null && termValue > 0;
            default -> false;
        };
    }

    private static boolean daysOverOneYear(int days, LocalDate effectiveDate) {
        try {
            return effectiveDate.plusDays(days).isAfter(effectiveDate.plusYears(1));
        } catch (DateTimeException e) {
            return true;
        }
    }

    private static String code(String raw) {
        String v = TextNormaliser.nfkc(raw);
        if (v == null || TextNormaliser.isPlaceholder(v)) {
            return null;
        }
        return v.strip().toUpperCase(Locale.ROOT);
    }
}
