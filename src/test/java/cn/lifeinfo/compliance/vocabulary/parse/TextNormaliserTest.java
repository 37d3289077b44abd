package cn.lifeinfo.compliance.vocabulary.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TextNormaliserTest {

    @Test
    void nfkcTurnsFullWidthIntoAsciiAndTrimsIdeographicSpace() {
        assertEquals("13800138000", TextNormaliser.nfkc("\u3000１３８００１３８０００\u3000"));
        assertEquals("+86", TextNormaliser.nfkc("＋８６"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u3000", "\t\n"})
    void blankBecomesNull(String s) {
        assertNull(TextNormaliser.nfkc(s));
        assertNull(TextNormaliser.idNumber(s));
        assertNull(TextNormaliser.name(s));
    }

    @Test
    void idNumberDropsSpacesAndDashesAndUpperCases() {
        assertEquals("11010519491231002X", TextNormaliser.idNumber(" 110105-1949 1231 002x "));
        assertEquals("11010519491231002X", TextNormaliser.idNumber("１１０１０５１９４９１２３１００２ｘ"));
        assertNull(TextNormaliser.idNumber(" - - "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"阿依古丽•买买提", "阿依古丽・买买提", "阿依古丽･买买提", "阿依古丽.买买提", "阿依古丽．买买提",
            "阿依古丽‧买买提", "阿依古丽∙买买提", "阿依古丽·买买提"})
    void nameUnifiesMiddleDots(String raw) {
        assertEquals("阿依古丽\u00B7买买提", TextNormaliser.name(raw));
    }

    @Test
    void nameCollapsesWhitespace() {
        assertEquals("John Smith", TextNormaliser.name("  John \u3000\t Smith "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"不详", "无", "同上", "未知", "暂无", "待补", "xxx", "XXX", "-", "/", "none", "NONE", "null",
            "Null", "N/A", "n/a", "ｎ／ａ", " 无 ", "xx-xx", "//", "\\", "...", "x x"})
    void placeholders(String s) {
        assertTrue(TextNormaliser.isPlaceholder(s), s);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "无锡", "张三", "xxxy", "西湖区文三路90号", "nonexistent"})
    void notPlaceholders(String s) {
        assertFalse(TextNormaliser.isPlaceholder(s), String.valueOf(s));
    }

    @Test
    void codePointLengthCountsSurrogatePairsOnce() {
        assertEquals(2, TextNormaliser.codePointLength("王𠮷"));
        assertEquals(3, "王𠮷".length());
        assertEquals(0, TextNormaliser.codePointLength(null));
    }
}
