package cn.lifeinfo.compliance.vocabulary.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
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

    // DAY 366 without an effective date used to count as not over one year here. Catalog §1.4: a DAY/MONTH term
    // without effectiveDate leaves scope undeterminable, which is evaluated as in scope (TRU-SCOPE-002).
    @Test
    void dayTermWithoutEffectiveDate() {
        assertTrue(CoverageScope.termOverOneYear("DAY", 366, null));
        assertTrue(CoverageScope.termOverOneYear("DAY", 367, null));
        assertEquals(List.of("effectiveDate"), CoverageScope.assess("INDIVIDUAL", "DAY", 200, null).undeterminedBy());
        assertEquals(List.of("effectiveDate"), CoverageScope.assess("INDIVIDUAL", "MONTH", 6, null).undeterminedBy());
        assertTrue(CoverageScope.assess("INDIVIDUAL", "MONTH", 6, null).inScope());
        assertTrue(CoverageScope.assess("INDIVIDUAL", "YEAR", 1, null).undeterminedBy().isEmpty());
    }

    // inScope(null, YEAR 10) used to be false (a missing business type counted as not individual). Catalog §1.4:
    // a missing or unreadable businessType leaves scope undeterminable and is evaluated as in scope.
    @Test
    void onlyIndividualBusinessIsInScope() {
        assertFalse(CoverageScope.inScope("GROUP", "YEAR", 10, JUNE_2023));
        assertTrue(CoverageScope.inScope(null, "YEAR", 10, JUNE_2023));
        assertTrue(CoverageScope.inScope(" individual ", "YEAR", 10, JUNE_2023));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
            "NULL, YEAR, 20, businessType", "'', YEAR, 20, businessType", "不详, YEAR, 20, businessType",
            "PERSONAL, YEAR, 20, businessType", "NULL, YEAR, 1, businessType",
            "INDIVIDUAL, NULL, NULL, coverageTerm", "INDIVIDUAL, FORTNIGHT, 3, coverageTerm",
            "INDIVIDUAL, YEAR, NULL, coverageTerm", "INDIVIDUAL, YEAR, 0, coverageTerm",
            "INDIVIDUAL, MONTH, -3, coverageTerm"})
    void missingOrUnreadableScopeInputsFailClosed(String type, String unit, Integer value, String input) {
        CoverageScope.Assessment a = CoverageScope.assess(type, unit, value, JUNE_2023);
        assertTrue(a.inScope());
        assertTrue(a.undetermined());
        assertEquals(List.of(input), a.undeterminedBy());
        assertTrue(a.individual());
        assertEquals(!"1".equals(String.valueOf(value)), a.termOverOneYear());
    }

    // §1.4 read as written: a missing coverageTerm leaves scope undeterminable whatever the business type
    @Test
    void groupBusinessWithoutTermIsEvaluatedAsInScopeButNotAsIndividualBusiness() {
        CoverageScope.Assessment a = CoverageScope.assess("GROUP", null, null, JUNE_2023);
        assertTrue(a.inScope());
        assertEquals(List.of("coverageTerm"), a.undeterminedBy());
        assertFalse(a.individual());
    }

    @Test
    void nothingKnownNamesBothInputs() {
        CoverageScope.Assessment a = CoverageScope.assess(null, null, null, null);
        assertTrue(a.inScope());
        assertEquals(List.of("businessType", "coverageTerm"), a.undeterminedBy());
    }

    @Test
    void decidedScopeNamesNothing() {
        assertTrue(CoverageScope.assess("INDIVIDUAL", "YEAR", 20, JUNE_2023).undeterminedBy().isEmpty());
        assertTrue(CoverageScope.assess("INDIVIDUAL", "LIFETIME", null, null).undeterminedBy().isEmpty());
        CoverageScope.Assessment group = CoverageScope.assess("GROUP", "YEAR", 20, JUNE_2023);
        assertFalse(group.inScope());
        assertFalse(group.individual());
        assertTrue(group.undeterminedBy().isEmpty());
        assertFalse(CoverageScope.assess("INDIVIDUAL", "MONTH", 12, JUNE_2023).inScope());
    }

    @Test
    void hugeDayTermsDoNotThrow() {
        assertTrue(CoverageScope.termOverOneYear("DAY", Integer.MAX_VALUE, JUNE_2023));
    }
}
