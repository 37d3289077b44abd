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
        register("LB-P1", "BR-PX01");
        register("LB-P2", "BR-PX02");
        register("LB-S1", "BR-SORT");
        register("LB-S2", "BR-SORT");
        register("LB-S3", "BR-SORT");
        violation("LB-S1", "{\"date\":\"2024-03-01\",\"type\":\"LEAK_OR_SELL\",\"policyNo\":\"P2024000123456\"}");
        violation("LB-S2", "2025-05-01", "PROXY_CALLBACK");
        register("LB-HZ", "330106");
    }

    @Test
    void branchCodeIsAPrefixTakingInSubBranchesAndNoWildcard() {
        given().when().get("/api/v1/agents/scores?branchCode=BR-PX").then().statusCode(200)
                .body("agents.agentCode", equalTo(List.of("LB-P1", "LB-P2")));
        given().when().get("/api/v1/agents/scores?branchCode=BR-PX02").then().statusCode(200)
                .body("agents.agentCode", equalTo(List.of("LB-P2")));
        given().when().get("/api/v1/agents/scores?branchCode=BR-P_").then().statusCode(200)
                .body("total", equalTo(0));
        given().when().get("/api/v1/agents/scores?branchCode=BR-%25").then().statusCode(200)
                .body("total", equalTo(0));
    }

    // a terminated agent whose points have expired stays terminated: sorted by status he comes first, not last
    @Test
    void sortByStatusPutsStickyTerminationAbovePoints() {
        String url = "/api/v1/agents/scores?branchCode=BR-SORT&asOf=2025-06-01";
        given().when().get(url).then().statusCode(200)
                .body("agents.agentCode", equalTo(List.of("LB-S2", "LB-S1", "LB-S3")))
                .body("agents.activePoints", equalTo(List.of(6, 0, 0)));
        given().when().get(url + "&sort=status").then().statusCode(200)
                .body("agents.agentCode", equalTo(List.of("LB-S1", "LB-S2", "LB-S3")))
                .body("agents.status", equalTo(List.of("TERMINATED", "COMMISSION_HOLD", "NORMAL")));
        given().when().get(url + "&sort=name").then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
    }

    @Test
    void branchSummaryCountsStatusesThisMonthAndTheYearsTrend() {
        JsonPath s = given().when().get("/api/v1/agents/scores/summary?branchCode=BR-SORT&asOf=2025-05-31").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(List.of("BR-SORT"), s.getList("branches.branchCode"));
        assertEquals(3, s.getInt("branches[0].agents"));
        assertEquals(1, s.getInt("branches[0].byStatus.TERMINATED"));
        assertEquals(1, s.getInt("branches[0].byStatus.COMMISSION_HOLD"));
        assertEquals(1, s.getInt("branches[0].byStatus.NORMAL"));
        assertEquals(0, s.getInt("branches[0].byStatus.GREY_LIST"));
        assertEquals(1, s.getInt("branches[0].newViolationsThisMonth"));
        assertEquals(List.of("2024-06", "2024-07", "2024-08", "2024-09", "2024-10", "2024-11", "2024-12", "2025-01",
                "2025-02", "2025-03", "2025-04", "2025-05"), s.getList("branches[0].trend.month"));
        // LEAK_OR_SELL (12) counts until 2025-02-28; PROXY_CALLBACK (6) from 2025-05-01
        assertEquals(List.of(12, 12, 12, 12, 12, 12, 12, 12, 12, 0, 0, 6), s.getList("branches[0].trend.activePoints"));
    }

    @Test
    void branchesNamedByTheDivisionTheirCodeStartsWith() {
        given().when().get("/api/v1/agents/scores?branchCode=330106").then().statusCode(200)
                .body("agents[0].branchName", equalTo("浙江省杭州市西湖区"));
        given().when().get("/api/v1/agents/scores/summary?branchCode=BR-SORT").then().statusCode(200)
                .body("branches[0].branchName", equalTo(null));
    }

    @Test
    void vocabularyIsReadFromTheWorkbookInForce() {
        JsonPath v = given().when().get("/api/v1/agents/scores/vocabulary?asOf=2025-06-01").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("NORMAL", "GREY_LIST", "COMMISSION_HOLD", "DEMOTION", "TERMINATED"),
                v.getList("statuses.code"));
        assertEquals(java.util.Arrays.asList(0, 3, 6, 9, 12), v.getList("statuses.thresholdPoints"));
        assertEquals("PEN-STAFF-006", v.getString("statuses[1].ruleId"));
        assertEquals(List.of("正常", "灰名单", "暂停佣金", "降级", "解约"), v.getList("statuses.nameZh"));
        assertEquals("Grey list", v.getString("statuses[1].nameEn"));
        assertEquals("移送司法", v.getString("flags.find { it.code == 'JUDICIAL_REFERRAL' }.nameZh"));
        assertEquals("不得再聘", v.getString("flags.find { it.code == 'NO_REHIRE' }.nameZh"));
        assertEquals("灰名单与进单核保挂钩", v.getString("statuses[1].reasonZh"));
        assertEquals(11, v.getList("types").size());
        assertEquals("销售人员代替客户接听回访", v.getString("types.find { it.code == 'PROXY_CALLBACK' }.descriptionZh"));
        assertEquals(6, v.getInt("types.find { it.code == 'PROXY_CALLBACK' }.points"));
    }

    @Test
    void violationsShowTheirMaskedPolicyAndExpiry() {
        JsonPath s = Agents.score("LB-S1", "2024-06-01");
        assertEquals("P20*******3456", s.getString("violations[0].policyNo"));
        assertEquals("2025-03-01", s.getString("violations[0].expiresOn"));
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
