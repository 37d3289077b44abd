package cn.lifeinfo.compliance.vocabulary.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MobileNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"13812345670", "１３８１２３４５６７０", "138 1234 5670", "138-1234-5670", "(138)1234.5670",
            "+8613812345670", "+86 138 1234 5670", "＋８６１３８１２３４５６７０", "008613812345670", "8613812345670",
            "013812345670"})
    void validAfterNormalisationAndOnePrefix(String raw) {
        MobileCheck c = MobileNumbers.check(raw);
        assertTrue(c.present());
        assertEquals(MobileDefect.NONE, c.defect(), raw);
        assertEquals("13812345670", c.normalised());
    }

    @ParameterizedTest
    @ValueSource(strings = {"86013812345670", "+86013812345670", "0013812345670", "861381234567", "0138123456701",
            "1381234567", "138123456701", "23812345670", "12812345670", "138123456a0", "+86+8613812345670"})
    void prefixesAreNotStrippedWhenTheLengthIsWrong(String raw) {
        assertEquals(MobileDefect.FORMAT, MobileNumbers.check(raw).defect(), raw);
        assertNull(MobileNumbers.check(raw).normalised());
    }

    @Test
    void iotThirteenDigitNumberFailsFormat() {
        assertEquals(MobileDefect.FORMAT, MobileNumbers.check("1440123456789").defect());
    }

    @ParameterizedTest
    @ValueSource(strings = {"95588", "10086", "12315", "95511234", "96166", "4008109999", "400-810-9999", "8008201234"})
    void serviceNumbersComeFirst(String raw) {
        assertEquals(MobileDefect.SERVICE_NUMBER, MobileNumbers.check(raw).defect(), raw);
    }

    @ParameterizedTest
    @CsvSource({"13800000000, PLACEHOLDER", "13912345678, PLACEHOLDER", "13887654321, PLACEHOLDER",
            "13823456789, PLACEHOLDER", "13898765432, PLACEHOLDER", "13801234567, PLACEHOLDER",
            "13866666666, PLACEHOLDER", "13810000000, PLACEHOLDER", "13800000001, PLACEHOLDER",
            "13812345679, NONE", "13801234568, NONE"})
    void placeholderSubscriber(String raw, MobileDefect expected) {
        assertEquals(expected, MobileNumbers.check(raw).defect());
    }

    @ParameterizedTest
    @CsvSource({"15412345670, UNALLOCATED_SEGMENT", "16012345670, UNALLOCATED_SEGMENT",
            "17912345670, UNALLOCATED_SEGMENT", "19412345670, UNALLOCATED_SEGMENT", "14012345670, UNALLOCATED_SEGMENT",
            "19212345670, NONE", "16612345670, NONE", "14512345670, NONE", "19912345670, NONE"})
    void segments(String raw, MobileDefect expected) {
        assertEquals(expected, MobileNumbers.check(raw).defect());
    }

    // Catalog F20: of 174 only 17400–17412 and 1749 are assigned (satellite / emergency); other 174 numbers are
    // unassigned. 17412345670 used to pass here as a whole-174 segment.
    @ParameterizedTest
    @CsvSource({"17400123456, NONE", "17405123456, NONE", "17412123456, NONE", "17490123456, NONE",
            "17499876543, NONE", "17413123456, UNALLOCATED_SEGMENT", "17412345670, NONE",
            "17420123456, UNALLOCATED_SEGMENT", "17455123456, UNALLOCATED_SEGMENT", "17480123456, UNALLOCATED_SEGMENT",
            "+86 174 5512 3456, UNALLOCATED_SEGMENT", "17399123456, NONE", "17512345670, NONE"})
    void only17400To17412And1749OfThe174Block(String raw, MobileDefect expected) {
        assertEquals(expected, MobileNumbers.check(raw).defect(), raw);
    }

    // Catalog §2.4 TRU-PHONE-008: the listed runs match only a whole 8-digit subscriber part.
    @ParameterizedTest
    @CsvSource({"13912345678, PLACEHOLDER", "13887654321, PLACEHOLDER", "13912345670, NONE", "13887654320, NONE",
            "13802345678, NONE", "13887654329, NONE", "13823456780, NONE"})
    void runsMatchOnlyTheWholeSubscriberPart(String raw, MobileDefect expected) {
        assertEquals(expected, MobileNumbers.check(raw).defect(), raw);
    }

    @Test
    void placeholderBeatsUnallocatedSegment() {
        assertEquals(MobileDefect.PLACEHOLDER, MobileNumbers.check("15400000000").defect());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\u3000", "无", "不详", "-"})
    void absentOrTextualPlaceholderIsNotPresent(String raw) {
        MobileCheck c = MobileNumbers.check(raw);
        assertFalse(c.present());
        assertEquals(MobileDefect.NONE, c.defect());
    }

    @Test
    void segmentListIsLoaded() {
        assertTrue(MobileNumbers.allocatedSegments().contains("138"));
        assertFalse(MobileNumbers.allocatedSegments().contains("154"));
    }
}
