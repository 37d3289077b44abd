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

    /**
     * The fast paths (no normalisation of strings that are their own NFKC, no replacement where the pattern cannot
     * match) give what the definitions give: NFKC then strip, the patterns applied unconditionally. Seeded strings
     * mix ASCII, ideographs, full-width forms, compatibility ideographs, combining marks, dots and spaces.
     */
    @Test
    void fastPathsAgreeWithTheDefinitionsOnGeneratedStrings() {
        String pool = "aZ09 -.\t\r\n\u000B\fx/王芳张伟·\u00B7\u2022\u30FB\uFF65\uFF0E\u2027\u2219１Ａ－\u3000\u2028"
                + "\uF900\uFA10\u2F00\u0301\u0041\u00C5\u212B\uFF61\u3400\u4DBF\u9FFF\uAC00\u1100\u1161";
        java.util.Random random = new java.util.Random(20261202L);
        java.util.regex.Pattern space = java.util.regex.Pattern.compile("\\s+");
        java.util.regex.Pattern noise = java.util.regex.Pattern.compile("[\\s\\-]+");
        java.util.regex.Pattern dots = java.util.regex.Pattern.compile("[\u2022\u30FB\uFF65.\uFF0E\u2027\u2219]");
        for (int n = 0; n < 200_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int len = random.nextInt(12); len > 0; len--) {
                b.append(random.nextInt(4) == 0 ? (char) random.nextInt(0x10000) : pool.charAt(random.nextInt(pool.length())));
            }
            String raw = b.toString();
            String n1 = java.text.Normalizer.normalize(raw, java.text.Normalizer.Form.NFKC).strip();
            String nfkc = n1.isEmpty() ? null : n1;
            assertEquals(nfkc, TextNormaliser.nfkc(raw), raw);
            String id = nfkc == null ? null : noise.matcher(nfkc).replaceAll("").toUpperCase(java.util.Locale.ROOT);
            assertEquals(id == null || id.isEmpty() ? null : id, TextNormaliser.idNumber(raw), raw);
            String name = nfkc == null ? null : dots.matcher(space.matcher(nfkc).replaceAll(" ")).replaceAll("\u00B7");
            assertEquals(name == null || name.isBlank() ? null : name, TextNormaliser.name(raw), raw);
            String key = TextNormaliser.isAbsentOrPlaceholder(raw) ? null : space.matcher(nfkc).replaceAll("");
            assertEquals(key == null || key.isEmpty() ? null : key, DivisionNames.key(raw), raw);
        }
    }
}
