package cn.lifeinfo.compliance.vocabulary.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class NameClassifierTest {

    @ParameterizedTest
    @CsvSource({
            "张三, HAN",
            "王𠮷, HAN",
            "𠮷𠮷, HAN",
            "㐀㐁, HAN",
            "欧阳娜娜, HAN",
            "阿依古丽·买买提, HAN",
            "阿依古丽·买买提·艾力, HAN",
            "John Smith, LATIN",
            "O'Brien, LATIN",
            "Jean-Luc Picard, LATIN",
            "José Ortega, LATIN",
            "王, INVALID",
            "𠮷, INVALID",
            "·张三, INVALID",
            "张三·, INVALID",
            "阿依古丽··买买提, INVALID",
            "张三1, INVALID",
            "12345, INVALID",
            "张San, INVALID",
            "'John  Smith', INVALID",
            "John_Smith, INVALID",
            "J, INVALID",
            "张 三, INVALID",
            "Smith-, INVALID"
    })
    void classifiesNormalisedNames(String raw, NameFormat expected) {
        assertEquals(expected, NameClassifier.classify(raw), raw);
    }

    @ParameterizedTest
    @CsvSource({"阿依古丽•买买提, HAN", "阿依古丽・买买提, HAN", "'  王𠮷 ', HAN", "'John   Smith', LATIN", "张三3, INVALID"})
    void classifiesRawNamesAfterNormalisation(String raw, NameFormat expected) {
        assertEquals(expected, NameClassifier.classify(TextNormaliser.name(raw)), raw);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void absentIsInvalid(String s) {
        assertEquals(NameFormat.INVALID, NameClassifier.classify(s));
    }

    /** The loop counts what the pattern it replaced matches, then counts, on seeded strings of Han, dots and others. */
    @org.junit.jupiter.api.Test
    void hanCountAgreesWithThePatternOnGeneratedNames() {
        java.util.regex.Pattern han = java.util.regex.Pattern.compile("\\p{IsHan}+(?:\u00B7\\p{IsHan}+)*");
        String[] pool = {"张", "王", "芳", "\u3400", "\u9FFF", "\uF900", "𠮷", "\u00B7", "\u00B7", "·", "a", " ", "3",
                "\u30FB", "々", "〇", "\u2E80", "ー"};
        java.util.Random random = new java.util.Random(1203);
        int matched = 0;
        for (int n = 0; n < 100_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int len = random.nextInt(7); len > 0; len--) {
                b.append(random.nextInt(4) == 0 ? pool[6 + random.nextInt(pool.length - 6)] : pool[random.nextInt(6)]);
            }
            String s = b.toString();
            int expected = !han.matcher(s).matches() ? -1 : (int) s.codePoints()
                    .filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).count();
            assertEquals(expected, NameClassifier.hanCount(s), s);
            matched += expected >= 0 ? 1 : 0;
        }
        org.junit.jupiter.api.Assertions.assertTrue(matched > 10_000, "the generator reaches matching names: " + matched);
    }
}
