package cn.lifeinfo.compliance.metrics;

import cn.lifeinfo.compliance.truthfulness.TestRecords;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * At debug level each decision is one log line naming its id, family, ruleset version and duration, and nothing of
 * the record: no policy number, name, ID number, phone or address.
 */
@QuarkusTest
class DecisionLogTest {

    private final Logger decisions = Logger.getLogger("cn.lifeinfo.compliance.decisions");
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            Object[] params = record.getParameters();
            lines.add(params == null ? record.getMessage()
                    : String.format(record.getMessage(), params) + " " + record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level before;

    @BeforeEach
    void debugOn() {
        before = decisions.getLevel();
        decisions.setLevel(Level.FINE);
        decisions.addHandler(capture);
    }

    @AfterEach
    void debugOff() {
        decisions.removeHandler(capture);
        decisions.setLevel(before);
    }

    @Test
    void oneLinePerDecisionWithoutPersonalFields() {
        String id = given().contentType(ContentType.JSON).body(TestRecords.clean().toString())
                .when().post("/api/v1/decisions/truthfulness?dryRun=true")
                .then().statusCode(200).extract().path("decisionId");
        List<String> mine = lines.stream().filter(l -> l.contains(id)).toList();
        assertEquals(1, mine.size(), () -> "lines: " + lines);
        String line = mine.get(0);
        assertTrue(line.matches("(?s)decision " + id + " family=truthfulness rulesetVersion=truthfulness@\\d+ "
                + "outcome=PASS gate=ALLOW durationMs=\\d+\\.\\d{3}.*"), line);
        for (String personal : List.of("P2024000001", "张伟", "李娜", "13957112345", "0571-88234567", "文三路",
                "330106", "A0001", "王芳")) {
            assertFalse(lines.stream().anyMatch(l -> l.contains(personal)), () -> "a decision log line has " + personal);
        }
    }
}
