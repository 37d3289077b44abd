package cn.lifeinfo.compliance.truthfulness.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoverageScopeTest {

    private static final LocalDate JUNE_2023 = LocalDate.of(2023, 6, 1);

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {"YEAR, 1, false", "YEAR, 2, true", "MONTH, 12, false", "MONTH, 13, true",
            "LIFETIME, NULL, true", "TO_AGE, 80, true", "year, 20, true", "DAY, 365, false",
            "DAY, 366, false", "DAY, 367, true", "YEAR, NULL, true", "YEAR, 0, true", "YEAR, -5, true",
            "FORTNIGHT, 3, true", "NULL, NULL, true"})
    void individualBusiness(String unit, Integer value, boolean expected) {
        assertEquals(expected, CoverageScope.inScope("INDIVIDUAL", unit, value, JUNE_2023), unit + value);
    }

    @Test
    void threeHundredSixtySixDaysAcrossLeapDayIsExactlyOneYear() {
        assertFalse(CoverageScope.termOverOneYear("DAY", 366, LocalDate.of(2023, 6, 1)));
        assertTrue(CoverageScope.termOverOneYear("DAY", 366, LocalDate.of(2022, 6, 1)));
        assertFalse(CoverageScope.termOverOneYear("DAY", 365, LocalDate.of(2022, 6, 1)));
    }

    @Test
    void dayTermWithoutEffectiveDate() {
        assertFalse(CoverageScope.termOverOneYear("DAY", 366, null));
        assertTrue(CoverageScope.termOverOneYear("DAY", 367, null));
    }

    @Test
    void onlyIndividualBusinessIsInScope() {
        assertFalse(CoverageScope.inScope("GROUP", "YEAR", 10, JUNE_2023));
        assertFalse(CoverageScope.inScope(null, "YEAR", 10, JUNE_2023));
        assertTrue(CoverageScope.inScope(" individual ", "YEAR", 10, JUNE_2023));
    }

    @Test
    void hugeDayTermsDoNotThrow() {
        assertTrue(CoverageScope.termOverOneYear("DAY", Integer.MAX_VALUE, JUNE_2023));
    }
}
