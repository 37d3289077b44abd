package cn.lifeinfo.compliance.vocabulary.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LandlinesTest {

    private static LandlineCheck check(String raw) {
        return Landlines.check(raw, Divisions.standard());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0571-86754321-8023", "0571-86754321转8023", "0571 8675 4321 ext. 8023", "0571-86754321 x8023",
            "(0571)86754321#8023", "０５７１－８６７５４３２１－８０２３", "0571-86754321 分机 8023", "0571-86754321EXT8023"})
    void extensionsAreSplitOff(String raw) {
        LandlineCheck c = check(raw);
        assertEquals(LandlineDefect.NONE, c.defect(), raw);
        assertEquals("0571", c.areaCode());
        assertEquals("86754321", c.localNumber());
        assertEquals("8023", c.extension());
        assertEquals("057186754321", c.normalised());
    }

    @Test
    void catalogExampleSplitsTheExtensionButItsLocalNumberIsARun() {
        LandlineCheck c = check("0571-87654321-8023");
        assertEquals("8023", c.extension());
        assertEquals("87654321", c.localNumber());
        assertEquals(LandlineDefect.PLACEHOLDER, c.defect());
    }

    @Test
    void bracketedBeijingNumberWithExtensionFailsLengthBeforePlaceholder() {
        // a local number may not start with 1, and the format check comes before the placeholder check
        LandlineCheck c = check("(010)12345678 分机 12");
        assertEquals("010", c.areaCode());
        assertEquals("12345678", c.localNumber());
        assertEquals("12", c.extension());
        assertEquals(LandlineDefect.LENGTH, c.defect());
        assertNull(c.normalised());
        assertEquals(LandlineDefect.PLACEHOLDER, check("(010)23456789 分机 12").defect());
    }

    @ParameterizedTest
    @CsvSource({"010-62345678, 010, 62345678", "021 6234 5678, 021, 62345678", "0571-8675432, 0571, 8675432",
            "+86 571 86754321, 0571, 86754321", "00862162345678x, 021, 62345678", "0086-21-62345678, 021, 62345678", "+86 10 62345678, 010, 62345678",
            "010-6234-5678, 010, 62345678"})
    void wellFormedNumbers(String raw, String area, String local) {
        LandlineCheck c = check(raw);
        assertEquals(LandlineDefect.NONE, c.defect(), raw);
        assertEquals(area, c.areaCode());
        assertEquals(local, c.localNumber());
        assertNull(c.extension());
    }

    @ParameterizedTest
    @ValueSource(strings = {"400-810-9999", "4008109999", "95588", "10086", "800-820-1234"})
    void serviceNumbers(String raw) {
        assertEquals(LandlineDefect.SERVICE_NUMBER, check(raw).defect(), raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"87654321", "13812345670", "+8613812345670", "011-62345678", "0012345678", "abc"})
    void invalidAreaCode(String raw) {
        assertEquals(LandlineDefect.AREA_CODE, check(raw).defect(), raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"010-6234567", "010-623456789", "021-02345678", "0571-123456", "0571-187654321",
            "0571-876543210", "0571-1765432"})
    void wrongLocalLength(String raw) {
        assertEquals(LandlineDefect.LENGTH, check(raw).defect(), raw);
    }

    // "0571-2345678" and "0571-8765432" used to be listed here. Catalog §2.4 TRU-PHONE-008: the listed runs match
    // only a whole 8-digit subscriber part, so a 7-digit stretch of one is not a placeholder (see below).
    @ParameterizedTest
    @ValueSource(strings = {"010-88888888", "021-98765432", "0571-20000000", "0571-2222222", "0571-23456789",
            "0571-87654321", "0755-23456789x12", "0571-30000000"})
    void placeholderLocalNumbers(String raw) {
        LandlineCheck c = check(raw);
        assertEquals(LandlineDefect.PLACEHOLDER, c.defect(), raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0399-2345678", "0755-7654321", "0755-2345678", "0571-7654321", "0571-2345678",
            "0571-8765432", "0571-9876543", "0571-3456789"})
    void sevenDigitStretchesOfTheListedRunsAreNotPlaceholders(String raw) {
        LandlineDefect defect = check(raw).defect();
        assertNotEquals(LandlineDefect.PLACEHOLDER, defect, raw);
        assertTrue(defect == LandlineDefect.NONE || defect == LandlineDefect.UNKNOWN_AREA_CODE, raw);
    }

    @Test
    void sevenDigitLocalNumbersOfKnownAreasPass() {
        assertEquals(LandlineDefect.NONE, check("0755-7654321").defect());
        assertEquals(LandlineDefect.NONE, check("0571-7654321").defect());
        assertEquals(LandlineDefect.NONE, check("0755-2345678").defect());
    }

    // Catalog §1.3.5: a trunk 0 written after +86/0086 is kept once, not doubled.
    @ParameterizedTest
    @CsvSource({"+86 (0755) 86105638, 0755, 86105638", "+86-0755-86105638, 0755, 86105638",
            "0086 (0755) 86105638, 0755, 86105638", "+86 (010) 62345678, 010, 62345678",
            "+86 0571 8675432, 0571, 8675432", "+86 755 86105638, 0755, 86105638"})
    void writtenTrunkZeroAfterCountryCodeIsKeptOnce(String raw, String area, String local) {
        LandlineCheck c = check(raw);
        assertEquals(LandlineDefect.NONE, c.defect(), raw);
        assertEquals(area, c.areaCode());
        assertEquals(local, c.localNumber());
        assertEquals(area + local, c.normalised());
    }

    @Test
    void unknownAreaCodeIsReportedLast() {
        assertEquals(LandlineDefect.UNKNOWN_AREA_CODE, check("0380-62345678").defect());
        assertEquals(LandlineDefect.PLACEHOLDER, check("0380-88888888").defect());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "无", "暂无"})
    void absent(String raw) {
        LandlineCheck c = check(raw);
        assertFalse(c.present());
        assertEquals(LandlineDefect.NONE, c.defect());
    }

    @Test
    void presentWhenGiven() {
        assertTrue(check("0571-62345678").present());
        assertEquals(LandlineDefect.NONE, Landlines.check("0571-62345678", null).defect());
    }
}
