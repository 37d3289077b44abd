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
}
