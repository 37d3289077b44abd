package cn.lifeinfo.compliance.branch;

import java.time.LocalDate;

/**
 * The two dates of the historical-policy clean-up (PEN-BR-003). Both are fixed by regulation, not company policy, so
 * they are constants rather than workbook cells: a compliance officer has nothing to tune in them.
 */
public final class LegacyDates {

    /**
     * The Measures' effective date (catalog F2: 保监发〔2013〕82号 took effect on 2013-11-04; some training material
     * says the 5th). A policy applied for before it is historical business.
     */
    public static final LocalDate MEASURES_EFFECTIVE = LocalDate.of(2013, 11, 4);

    /**
     * Historical business still missing or false after this day exposes the insurer to sanctions (catalog F14, the
     * notice's item 四; F15: clean-up by 2014-06-30). On the day itself a defective policy is not yet exposure.
     */
    public static final LocalDate EXPOSURE_AFTER = LocalDate.of(2014, 7, 1);

    private LegacyDates() {
    }

    public static boolean legacy(LocalDate applicationDate) {
        return applicationDate != null && applicationDate.isBefore(MEASURES_EFFECTIVE);
    }

    /** Whether a policy still defective as of {@code asOf} is regulatory exposure. */
    public static boolean exposed(LocalDate asOf) {
        return asOf.isAfter(EXPOSURE_AFTER);
    }
}
