package cn.lifeinfo.compliance.assessment;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;

import static cn.lifeinfo.compliance.assessment.Agents.register;
import static cn.lifeinfo.compliance.assessment.Agents.score;
import static cn.lifeinfo.compliance.assessment.Agents.violation;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Catalog §5.3 over HTTP: one test per scoring rule. */
@QuarkusTest
class ScoreResourceTest {

    static void expect(JsonPath s, int points, String status, String... flags) {
        assertEquals(points, s.getInt("activePoints"), "activePoints");
        assertEquals(status, s.getString("status"), "status");
        assertEquals(List.of(flags), s.getList("flags"), "flags");
    }

    @Test
    void expiresOnTheExactDayOneYearLater() {
        register("AS-EXP-1", "BR-T");
        violation("AS-EXP-1", "2023-03-15", "LIST_NOT_DESTROYED");
        expect(score("AS-EXP-1", "2023-03-15"), 3, "GREY_LIST", "GREY_LIST");
        expect(score("AS-EXP-1", "2024-03-14"), 3, "GREY_LIST", "GREY_LIST");
        JsonPath expired = score("AS-EXP-1", "2024-03-15");
        expect(expired, 0, "NORMAL");
        assertEquals(false, expired.getBoolean("violations[0].active"));
        assertEquals(3, expired.getInt("violations[0].points"));
    }

    @Test
    void leapDayPlusOneYearIsTheTwentyEighthOfFebruary() {
        register("AS-LEAP-1", "BR-T");
        violation("AS-LEAP-1", "2024-02-29", "LIST_NOT_DESTROYED");
        expect(score("AS-LEAP-1", "2025-02-27"), 3, "GREY_LIST", "GREY_LIST");
        expect(score("AS-LEAP-1", "2025-02-28"), 0, "NORMAL");
        // a violation on 28 Feb 2023 spans 29 Feb 2024 of no year of its own: it ends on 2024-02-28
        register("AS-LEAP-2", "BR-T");
        violation("AS-LEAP-2", "2023-02-28", "LIST_NOT_DESTROYED");
        expect(score("AS-LEAP-2", "2024-02-27"), 3, "GREY_LIST", "GREY_LIST");
        expect(score("AS-LEAP-2", "2024-02-28"), 0, "NORMAL");
    }

    @Test
    void thresholdsGiveCumulativeSortedFlags() {
        register("AS-THR-1", "BR-T");
        violation("AS-THR-1", "2024-01-10", "KEY_INFO_MISSING");
        expect(score("AS-THR-1", "2024-01-10"), 1, "NORMAL");
        violation("AS-THR-1", "2024-02-10", "INFO_NOT_CORRECTED_IN_TIME");
        expect(score("AS-THR-1", "2024-02-10"), 3, "GREY_LIST", "GREY_LIST");
        violation("AS-THR-1", "2024-03-10", "LIST_NOT_DESTROYED");
        expect(score("AS-THR-1", "2024-03-10"), 6, "COMMISSION_HOLD", "COMMISSION_HOLD", "GREY_LIST");
        violation("AS-THR-1", "2024-04-10", "LIST_NOT_DESTROYED");
        expect(score("AS-THR-1", "2024-04-10"), 9, "DEMOTION", "COMMISSION_HOLD", "DEMOTION", "GREY_LIST");
        // the first one expires: 8 points, below demotion again (only termination sticks)
        expect(score("AS-THR-1", "2025-01-10"), 8, "COMMISSION_HOLD", "COMMISSION_HOLD", "GREY_LIST");
    }

    @Test
    void accumulationTerminatesWithoutNoRehireAndSticks() {
        register("AS-ACC-1", "BR-T");
        violation("AS-ACC-1", "2023-05-01", "PROXY_CALLBACK");
        violation("AS-ACC-1", "2023-06-01", "UNAUTHORIZED_CHANGE_OR_SIGNATURE");
        expect(score("AS-ACC-1", "2023-05-31"), 6, "COMMISSION_HOLD", "COMMISSION_HOLD", "GREY_LIST");
        expect(score("AS-ACC-1", "2023-06-01"), 12, "TERMINATED", "TERMINATED");
        // points expire, termination stays; a later small violation changes nothing but the points
        expect(score("AS-ACC-1", "2024-06-01"), 0, "TERMINATED", "TERMINATED");
        violation("AS-ACC-1", "2025-01-01", "LIST_NOT_DESTROYED");
        expect(score("AS-ACC-1", "2025-01-01"), 3, "TERMINATED", "TERMINATED");
    }

    @Test
    void stickyTerminationIsEvaluatedAtEveryEventDateEvenIfAsOfIsLater() {
        // 12 points reached only between 2023-06-01 and 2024-05-01: asking in 2024-06 still shows TERMINATED
        register("AS-STK-1", "BR-T");
        violation("AS-STK-1", "2023-05-01", "PROXY_CALLBACK");
        violation("AS-STK-1", "2023-06-01", "PROXY_CALLBACK");
        violation("AS-STK-1", "2024-06-01", "KEY_INFO_MISSING");
        expect(score("AS-STK-1", "2024-06-02"), 1, "TERMINATED", "TERMINATED");
        // before the second event, not terminated
        expect(score("AS-STK-1", "2023-05-31"), 6, "COMMISSION_HOLD", "COMMISSION_HOLD", "GREY_LIST");
    }

    @Test
    void redLinesTerminateWithNoRehireAtOnceAndForGood() {
        for (String type : List.of("INDUCE_FALSE_INFO", "FORGE_OR_TAMPER", "ACCESS_BEYOND_SCOPE", "LEAK_OR_SELL")) {
            String agent = "AS-RED-" + type.charAt(0) + type.length();
            register(agent, "BR-T");
            violation(agent, "2022-09-01", type);
            expect(score(agent, "2022-09-01"), 12, "TERMINATED", "NO_REHIRE", "TERMINATED");
            expect(score(agent, "2024-09-01"), 0, "TERMINATED", "NO_REHIRE", "TERMINATED");
        }
    }

    @Test
    void leakWithSuspectedCrimeIsReferred() {
        register("AS-CRIME-1", "BR-T");
        violation("AS-CRIME-1", "{\"date\":\"2024-01-05\",\"type\":\"LEAK_OR_SELL\",\"suspectedCrime\":true}");
        JsonPath s = score("AS-CRIME-1", "2024-01-05");
        expect(s, 12, "TERMINATED", "JUDICIAL_REFERRAL", "NO_REHIRE", "TERMINATED");
        assertEquals("PEN-STAFF-004", s.getString("reasons.find { it.ruleId == 'PEN-STAFF-004' }.ruleId"));
        // suspectedCrime on a type not referred (sheet column) adds nothing
        register("AS-CRIME-2", "BR-T");
        violation("AS-CRIME-2", "{\"date\":\"2024-01-05\",\"type\":\"FORGE_OR_TAMPER\",\"suspectedCrime\":true}");
        expect(score("AS-CRIME-2", "2024-01-05"), 12, "TERMINATED", "NO_REHIRE", "TERMINATED");
    }

    @Test
    void twoActiveFalseInformationEventsEscalate() {
        register("AS-ESC-1", "BR-T");
        violation("AS-ESC-1", "2024-01-10", "NON_CUSTOMER_CONTACT");
        expect(score("AS-ESC-1", "2024-01-10"), 4, "GREY_LIST", "GREY_LIST");
        violation("AS-ESC-1", "2024-03-10", "SHARED_FAKE_CONTACT");
        JsonPath s = score("AS-ESC-1", "2024-03-10");
        expect(s, 10, "TERMINATED", "NO_REHIRE", "TERMINATED"); // plain sum 4 + 6, not 12
        assertEquals(List.of("PEN-STAFF-002"), s.getList("reasons.ruleId"));
        expect(score("AS-ESC-1", "2026-01-01"), 0, "TERMINATED", "NO_REHIRE", "TERMINATED");
    }

    @Test
    void falseInformationEventsAYearApartDoNotEscalate() {
        register("AS-ESC-2", "BR-T");
        violation("AS-ESC-2", "2022-01-10", "NON_CUSTOMER_CONTACT");
        violation("AS-ESC-2", "2023-01-10", "NON_CUSTOMER_CONTACT");
        expect(score("AS-ESC-2", "2023-01-09"), 4, "GREY_LIST", "GREY_LIST");
        expect(score("AS-ESC-2", "2023-01-10"), 4, "GREY_LIST", "GREY_LIST");
    }

    @Test
    void eventsAfterAsOfAreIgnored() {
        register("AS-ASOF-1", "BR-T");
        violation("AS-ASOF-1", "2024-05-01", "PROXY_CALLBACK");
        violation("AS-ASOF-1", "2024-05-02", "LEAK_OR_SELL");
        JsonPath before = score("AS-ASOF-1", "2024-04-30");
        expect(before, 0, "NORMAL");
        assertEquals(0, before.getList("violations").size());
        JsonPath on = score("AS-ASOF-1", "2024-05-01");
        expect(on, 6, "COMMISSION_HOLD", "COMMISSION_HOLD", "GREY_LIST");
        assertEquals(List.of("PROXY_CALLBACK"), on.getList("violations.type"));
        assertEquals(true, on.getBoolean("violations[0].active"));
        expect(score("AS-ASOF-1", null), 0, "TERMINATED", "NO_REHIRE", "TERMINATED");
    }

    @Test
    void scoreNamesTheRulesetAndEchoesTheViolation() {
        register("AS-VIEW-1", "BR-T");
        String id = violation("AS-VIEW-1", "{\"date\":\"2024-07-01\",\"type\":\"KEY_INFO_MISSING\",\"note\":\"抽检发现\"}");
        given().when().get("/api/v1/agents/AS-VIEW-1/score?asOf=2024-07-02").then().statusCode(200)
                .body("agentCode", equalTo("AS-VIEW-1"))
                .body("asOf", equalTo("2024-07-02"))
                .body("rulesetVersion", startsWith("assessment@"))
                .body("violations[0].violationId", equalTo(id))
                .body("violations[0].source", equalTo("MANUAL"))
                .body("violations[0].enteredBy", equalTo("inspector.li"))
                .body("violations[0].points", equalTo(1));
    }
}
