package cn.lifeinfo.compliance.vocabulary.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgesTest {

    @ParameterizedTest
    @CsvSource({"1980-05-20, 2024-05-19, 43", "1980-05-20, 2024-05-20, 44", "2020-02-29, 2023-02-28, 2",
            "2020-02-29, 2023-03-01, 3", "2020-02-29, 2024-02-29, 4", "2024-01-01, 2023-12-31, 0",
            "2024-01-01, 2022-12-31, -1"})
    void completedYears(LocalDate birth, LocalDate on, int expected) {
        assertEquals(expected, Ages.completedYears(birth, on));
    }

    @org.junit.jupiter.api.Test
    void nullSafe() {
        assertNull(Ages.completedYears(null, LocalDate.of(2024, 1, 1)));
        assertNull(Ages.completedYears(LocalDate.of(2024, 1, 1), null));
    }
}
