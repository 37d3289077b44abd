package cn.lifeinfo.compliance.vocabulary.parse;

import java.time.LocalDate;
import java.time.Period;

/** Completed years on a date (catalog §1.3.8: ages are completed years on the application date). */
public final class Ages {

    private Ages() {
    }

    /**
     * {@link Period#between} counts a year only when the day of month is reached, so a 29 February baby completes a
     * year on 1 March in common years (2020-02-29 is 2 on 2023-02-28 and 3 on 2023-03-01), which is the Chinese
     * civil-law reading of an anniversary. Negative when {@code on} precedes {@code birth}; callers report that as
     * TRU-BIRTH-002 rather than as an age.
     */
    public static Integer completedYears(LocalDate birth, LocalDate on) {
        if (birth == null || on == null) {
            return null;
        }
        return Period.between(birth, on).getYears();
    }
}
