package cn.lifeinfo.compliance.vocabulary.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdNumbersTest {

    private static final LocalDate APPLIED = LocalDate.of(2024, 5, 20);
    private static final Divisions DIVISIONS = Divisions.standard();

    /** A number with a correct MOD 11-2 check character. */
    private static String valid(String first17) {
        return first17 + IdNumbers.checkDigit(first17);
    }

    private static String wrongCheck(String first17) {
        return first17 + (IdNumbers.checkDigit(first17) == '0' ? '1' : '0');
    }

    private static IdCheck check(String type, String number) {
        return IdNumbers.check(type, number, APPLIED, DIVISIONS);
    }

    @Test
    void checkDigitOfTheStandardExamples() {
        assertEquals('X', IdNumbers.checkDigit("11010519491231002"));
        assertEquals('4', IdNumbers.checkDigit("44052418800101001"));
        assertEquals('?', IdNumbers.checkDigit(null));
        assertEquals('?', IdNumbers.checkDigit("1101051949123100"));
        assertEquals('?', IdNumbers.checkDigit("1101051949123100A"));
    }

    @Test
    void standardExampleWithLowercaseXIsValidAndDecoded() {
        IdCheck c = check("RESIDENT_ID", "11010519491231002x");
        assertEquals(IdDefect.NONE, c.defect());
        assertEquals("11010519491231002X", c.normalised());
        assertEquals(LocalDate.of(1949, 12, 31), c.birthDate());
        assertEquals("F", c.gender());
        assertEquals("110105", c.addressCode());
        assertFalse(c.fifteenDigit());
        assertEquals(Boolean.TRUE, c.addressCodeKnown());
    }

    // This test used to expect addressCodeKnown FALSE (440524 潮阳县, abolished 1993, is in neither current list).
    // Catalog §2.2 TRU-ID-006 accepts the current "or historical" GB/T 2260 list, which now ships with the service.
    @Test
    void secondStandardExampleIsValidAndItsAbolishedCountyIsInTheHistoricalList() {
        IdCheck c = check("RESIDENT_ID", "440524188001010014");
        assertEquals(IdDefect.NONE, c.defect());
        assertEquals(LocalDate.of(1880, 1, 1), c.birthDate());
        assertEquals("M", c.gender());
        assertEquals(Boolean.TRUE, c.addressCodeKnown());
    }

    // Catalog §2.2 TRU-ID-006: IDs keep abolished codes (e.g. 110103 崇文区); a code in the historical list is known.
    @ParameterizedTest
    @ValueSource(strings = {"440401", "362324", "321083", "110103", "440524", "330103", "330121", "510201", "130301"})
    void abolishedRegionCodesAreKnown(String code) {
        IdCheck c = check("RESIDENT_ID", withCheckDigit(code + "19800512001"));
        assertEquals(IdDefect.NONE, c.defect());
        assertEquals(Boolean.TRUE, c.addressCodeKnown(), code);
    }

    @Test
    void aCodeInNoListIsStillUnknown() {
        assertEquals(Boolean.FALSE, check("RESIDENT_ID", withCheckDigit("33019919800512001")).addressCodeKnown());
    }

    private static String withCheckDigit(String first17) {
        return first17 + IdNumbers.checkDigit(first17);
    }

    @Test
    void fullWidthAndSpacedNumbersAreNormalised() {
        assertEquals(IdDefect.NONE, check("resident_id", "１１０１０５ １９４９１２３１ ００２Ｘ").defect());
    }

    @Test
    void fifteenDigitNumberUses19YYAndGenderFromFifteenthDigit() {
        IdCheck female = check("RESIDENT_ID", "110105491231002");
        assertEquals(IdDefect.NONE, female.defect());
        assertTrue(female.fifteenDigit());
        assertEquals(LocalDate.of(1949, 12, 31), female.birthDate());
        assertEquals("F", female.gender());
        assertEquals("M", check("HOUSEHOLD_REGISTER", "110105491231001").gender());
    }

    @ParameterizedTest
    @CsvSource({"11010519960229001, NONE", "11010519970229001, BIRTH_DATE", "11010519971301001, BIRTH_DATE",
            "11010517991231001, BIRTH_DATE", "11010518000101001, NONE", "11010520240521001, BIRTH_DATE",
            "11010520240520001, NONE"})
    void embeddedBirthDateMustBeRealAndNotAfterApplication(String first17, IdDefect expected) {
        assertEquals(expected, check("RESIDENT_ID", valid(first17)).defect());
    }

    @Test
    void fifteenDigitLeapDays() {
        assertEquals(IdDefect.NONE, check("RESIDENT_ID", "110105960229001").defect());
        assertEquals(IdDefect.BIRTH_DATE, check("RESIDENT_ID", "110105970229001").defect());
    }

    @Test
    void withoutApplicationDateTheFutureCheckIsSkipped() {
        String future = valid("11010520990101001");
        assertEquals(IdDefect.NONE, IdNumbers.check("RESIDENT_ID", future, null, DIVISIONS).defect());
        assertEquals(IdDefect.BIRTH_DATE, check("RESIDENT_ID", future).defect());
    }

    @ParameterizedTest
    @CsvSource({"16010519491231001, PREFIX", "70010519491231001, PREFIX", "66010519491231001, PREFIX",
            "65010519491231001, NONE", "50010519491231001, NONE"})
    void provincePrefix(String first17, IdDefect expected) {
        assertEquals(expected, check("RESIDENT_ID", valid(first17)).defect());
    }

    @Test
    void wrongCheckDigit() {
        assertEquals(IdDefect.CHECK_DIGIT, check("RESIDENT_ID", "110105194912310021").defect());
        assertNull(check("RESIDENT_ID", "110105194912310021").birthDate());
    }

    @Test
    void precedenceFirstStructuralFailureWins() {
        // wrong length and an impossible province: the format failure is reported
        assertEquals(IdDefect.FORMAT, check("RESIDENT_ID", "16010519491231001").defect());
        // impossible date and impossible province: the date comes first
        assertEquals(IdDefect.BIRTH_DATE, check("RESIDENT_ID", valid("16010519970229001")).defect());
        // impossible province and a wrong check digit: the prefix comes first
        assertEquals(IdDefect.PREFIX, check("RESIDENT_ID", "160105194912310010").defect());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "不详"})
    void typeMissing(String type) {
        assertEquals(IdDefect.TYPE_MISSING, check(type, "11010519491231002X").defect());
    }

    @Test
    void typeInvalidComesBeforeMissingNumber() {
        assertEquals(IdDefect.TYPE_INVALID, check("DRIVER_LICENSE", null).defect());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" - ", "无", "xxx"})
    void numberMissing(String number) {
        assertEquals(IdDefect.NUMBER_MISSING, check("RESIDENT_ID", number).defect());
    }

    @ParameterizedTest
    @CsvSource({"PASSPORT, 11010519491231002X", "MILITARY_ID, 11010519491231002X", "PASSPORT, 440524188001010014"})
    void passportOrMilitaryIdCarryingAResidentNumber(String type, String number) {
        assertEquals(IdDefect.TYPE_MISMATCH, check(type, number).defect());
    }

    @Test
    void passportWithAnEighteenCharNonResidentNumberIsAFormatError() {
        assertEquals(IdDefect.FORMAT, check("PASSPORT", "110105194912310021").defect());
        assertEquals(IdDefect.NONE, check("PASSPORT", "E12345678").defect());
    }

    @ParameterizedTest
    @CsvSource({"RESIDENT_ID, 81000019900101123", "HOUSEHOLD_REGISTER, 82000019900101123",
            "TEMP_RESIDENT_ID, 83000019900101123", "RESIDENT_ID, 91560019900101123"})
    void residentTypesCarryingPermitOrPermanentResidentNumbers(String type, String first17) {
        assertEquals(IdDefect.TYPE_MISMATCH, check(type, valid(first17)).defect());
    }

    @Test
    void hmtResidencePermit() {
        IdCheck c = check("HMT_RESIDENCE_PERMIT", valid("81000019900101123"));
        assertEquals(IdDefect.NONE, c.defect());
        assertEquals(LocalDate.of(1990, 1, 1), c.birthDate());
        assertEquals("M", c.gender());
        assertEquals("810000", c.addressCode());
        assertNull(c.addressCodeKnown());
        assertEquals(IdDefect.PREFIX, check("HMT_RESIDENCE_PERMIT", valid("81010019900101123")).defect());
        assertEquals(IdDefect.PREFIX, check("HMT_RESIDENCE_PERMIT", valid("11010519491231002")).defect());
        assertEquals(IdDefect.CHECK_DIGIT, check("HMT_RESIDENCE_PERMIT", wrongCheck("83000019900101122")).defect());
        assertEquals(IdDefect.FORMAT, check("HMT_RESIDENCE_PERMIT", "810000900101123").defect());
    }

    @Test
    void foreignPermanentResidentIds() {
        IdCheck v2023 = check("FOREIGN_PERMANENT_RESIDENT_ID", valid("93600019900101123"));
        assertEquals(IdDefect.NONE, v2023.defect());
        assertNull(v2023.birthDate());
        assertNull(v2023.gender());
        assertNull(v2023.addressCodeKnown());
        assertEquals(IdDefect.CHECK_DIGIT,
                check("FOREIGN_PERMANENT_RESIDENT_ID", wrongCheck("93600019900101123")).defect());
        assertEquals(IdDefect.NONE, check("FOREIGN_PERMANENT_RESIDENT_ID", "abc123456789012").defect());
        assertEquals(IdDefect.FORMAT, check("FOREIGN_PERMANENT_RESIDENT_ID", "AB1234567890123").defect());
        assertEquals(IdDefect.FORMAT, check("FOREIGN_PERMANENT_RESIDENT_ID", valid("11010519491231002")).defect());
    }

    @ParameterizedTest
    @CsvSource({"HK_MACAO_PERMIT, H12345678, NONE", "HK_MACAO_PERMIT, M1234567890, NONE",
            "HK_MACAO_PERMIT, C12345678, FORMAT", "HK_MACAO_PERMIT, H123456789, FORMAT",
            "TAIWAN_PERMIT, 12345678, NONE", "TAIWAN_PERMIT, 1234567890, NONE", "TAIWAN_PERMIT, 123456789, FORMAT",
            "BIRTH_CERTIFICATE, a123456789, NONE", "BIRTH_CERTIFICATE, 1123456789, FORMAT",
            "MILITARY_ID, 南字第1234号, NONE", "MILITARY_ID, 123, FORMAT", "MILITARY_ID, 123456789012345678901, FORMAT",
            "PASSPORT, G1234, NONE", "PASSPORT, G123, FORMAT", "PASSPORT, G12345678*, FORMAT",
            "OTHER, anything at all, NONE", "RESIDENT_ID, !!!, FORMAT", "RESIDENT_ID, 1101051949123100, FORMAT"})
    void perTypeFormats(String type, String number, IdDefect expected) {
        assertEquals(expected, check(type, number).defect());
    }

    @Test
    void derivedFieldsOnlyForStructurallyValidNumbers() {
        IdCheck broken = check("RESIDENT_ID", valid("16010519491231001"));
        assertNull(broken.birthDate());
        assertNull(broken.gender());
        assertNull(broken.addressCode());
        assertNull(broken.addressCodeKnown());
        assertNull(check("PASSPORT", "E12345678").birthDate());
    }

    @Test
    void unknownCountyCodeIsLookedUp() {
        IdCheck c = check("RESIDENT_ID", valid("11999919800101001"));
        assertEquals(IdDefect.NONE, c.defect());
        assertEquals(Boolean.FALSE, c.addressCodeKnown());
    }
}
