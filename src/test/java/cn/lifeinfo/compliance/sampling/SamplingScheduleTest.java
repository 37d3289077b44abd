package cn.lifeinfo.compliance.sampling;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which periods the daily job opens: last month, last quarter, and the latest callback month six months past. */
class SamplingScheduleTest {

    private static List<String> due(String reference) {
        return SamplingSchedule.due(LocalDate.parse(reference), 6).stream()
                .map(r -> r.kind() + " " + r.period()).toList();
    }

    @Test
    void theDuePeriodsOfADay() {
        assertEquals(List.of("CONSISTENCY 2026-11", "TRUTHFULNESS 2026-Q3", "POST_CALLBACK 2026-05"),
                due("2026-12-01"));
        assertEquals(List.of("CONSISTENCY 2026-12", "TRUTHFULNESS 2026-Q4", "POST_CALLBACK 2026-06"),
                due("2027-01-01"));
        // 30 November is six months after 31 May only on 1 December
        assertEquals("POST_CALLBACK 2026-04", due("2026-11-30").get(2));
        assertEquals(List.of("CONSISTENCY 2027-03", "TRUTHFULNESS 2027-Q1", "POST_CALLBACK 2026-09"),
                due("2027-04-15"));
    }
}
