package cn.lifeinfo.compliance.assessment;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.List;

import static cn.lifeinfo.compliance.assessment.Agents.register;
import static cn.lifeinfo.compliance.assessment.Agents.violation;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class LeaderboardTest {

    static boolean ready;

    /** Once per class; RestAssured knows the random port only from the first test on. */
    @BeforeEach
    void branch() {
        if (ready) {
            return;
        }
        ready = true;
        register("LB-A", "BR-LB");
        register("LB-B", "BR-LB");
        register("LB-C", "BR-LB");
        register("LB-X", "BR-OTHER");
        violation("LB-A", "2024-03-01", "LIST_NOT_DESTROYED");
        violation("LB-B", "2024-03-01", "PROXY_CALLBACK");
        violation("LB-B", "2024-04-01", "LIST_NOT_DESTROYED");
        violation("LB-X", "2024-03-01", "LEAK_OR_SELL");
    }

    @Test
    void branchLeaderboardOrderedByPointsHighestFirst() {
        JsonPath board = given().when().get("/api/v1/agents/scores?branchCode=BR-LB&asOf=2024-06-01")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("LB-B", "LB-A", "LB-C"), board.getList("agents.agentCode"));
        assertEquals(List.of(9, 3, 0), board.getList("agents.activePoints"));
        assertEquals(List.of("DEMOTION", "GREY_LIST", "NORMAL"), board.getList("agents.status"));
        assertEquals(List.of("COMMISSION_HOLD", "DEMOTION", "GREY_LIST"), board.getList("agents[0].flags"));
        assertEquals(3, board.getInt("total"));
        assertEquals("2024-06-01", board.getString("asOf"));
    }

    @Test
    void statusFilterPagingAndAsOf() {
        given().when().get("/api/v1/agents/scores?branchCode=BR-LB&status=GREY_LIST&asOf=2024-06-01").then()
                .statusCode(200).body("agents.agentCode", equalTo(List.of("LB-A")));
        given().when().get("/api/v1/agents/scores?branchCode=BR-LB&asOf=2024-06-01&page=1&size=2").then()
                .statusCode(200).body("agents.agentCode", equalTo(List.of("LB-C"))).body("total", equalTo(3));
        given().when().get("/api/v1/agents/scores?branchCode=BR-LB&asOf=2024-02-29").then()
                .statusCode(200).body("agents.activePoints", equalTo(List.of(0, 0, 0)));
    }

    @Test
    void scoresIsNotTakenForAnAgentCode() {
        given().when().get("/api/v1/agents/scores?branchCode=BR-OTHER&asOf=2024-06-01").then().statusCode(200)
                .body("agents[0].agentCode", equalTo("LB-X"))
                .body("agents[0].status", equalTo("TERMINATED"));
        // the registry's own resource still answers for real codes
        given().when().get("/api/v1/agents/LB-X").then().statusCode(200).body("agentCode", equalTo("LB-X"));
    }

    @Test
    void exportsXlsx() throws Exception {
        byte[] bytes = given().when().get("/api/v1/agents/scores/export?branchCode=BR-LB&asOf=2024-06-01")
                .then().statusCode(200).contentType(containsString("spreadsheetml"))
                .header("Content-Disposition", containsString("agent-scores-2024-06-01.xlsx"))
                .extract().asByteArray();
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet s = wb.getSheetAt(0);
            assertEquals("LB-B", s.getRow(3).getCell(0).getStringCellValue());
            assertEquals(9.0, s.getRow(3).getCell(3).getNumericCellValue());
            assertEquals("DEMOTION", s.getRow(3).getCell(4).getStringCellValue());
            assertEquals("LB-C", s.getRow(5).getCell(0).getStringCellValue());
        }
    }

    @Test
    void historyHasAPointAtEveryChange() {
        JsonPath h = given().when().get("/api/v1/agents/LB-B/score/history?to=2025-06-01").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("2024-03-01", "2024-04-01", "2025-03-01", "2025-04-01", "2025-06-01"),
                h.getList("points.date"));
        assertEquals(List.of(6, 9, 3, 0, 0), h.getList("points.activePoints"));
    }
}
