package cn.lifeinfo.compliance.vocabulary.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IsoDatesTest {

    @ParameterizedTest
    @CsvSource({"2024-02-29, 2024, 2, 29", "'  1996-02-29 ', 1996, 2, 29", "２０２３－０６－０１, 2023, 6, 1"})
    void parsesStrictIsoDates(String raw, int y, int m, int d) {
        assertEquals(LocalDate.of(y, m, d), IsoDates.parse(raw));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"2023-02-29", "2023-13-01", "2023-04-31", "2023-6-1", "20230601", "2023/06/01",
            "2023-06-01T00:00", "不详", "+2023-06-01", "٢٠٢٣-٠٦-٠١", "2023-00-10", "2023-06-00", "+202-06-01",
            "2023-06-3a", "１９９９－０２－２９"})
    void rejectsEverythingElse(String raw) {
        assertNull(IsoDates.parse(raw));
    }
}
