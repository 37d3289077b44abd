package cn.lifeinfo.compliance.ruleset;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;

/** GET /api/v1/rulesets/{family}/versions/{version}: a version with its upload report, as the console shows it. */
@QuarkusTest
class RulesetVersionDetailResourceTest {

    static final String RULES = RulesetResourceTest.RULES;

    @Test
    void aValidatedVersionCarriesTheCountOfItsOwnTestCases() {
        int version = RulesetResourceTest.upload(WorkbookEditor.truthfulnessWorkbook(), "truthfulness.xlsx", "alice")
                .then().statusCode(201).extract().path("version");
        given().when().get(RULES + "/versions/" + version).then().statusCode(200)
                .body("version.label", equalTo("truthfulness@" + version))
                .body("version.status", equalTo("VALIDATED"))
                .body("version.uploadedBy", equalTo("alice"))
                .body("report.testCases", greaterThan(0))
                .body("report.failures", empty());
    }

    @Test
    void aRejectedVersionCarriesEveryProblemWithSheetRowAndColumn() {
        WorkbookEditor editor = WorkbookEditor.of(WorkbookEditor.truthfulnessWorkbook());
        int row = editor.rowOf("人员", "TRU-AGE-001");
        String column = editor.columnOf("人员", "年龄大于");
        byte[] bad = editor.set("人员", "TRU-AGE-001", "年龄大于", "abc").bytes();
        RulesetResourceTest.upload(bad, "truthfulness.xlsx", "alice").then().statusCode(422);
        int rejected = given().when().get("/api/v1/rulesets").then().extract()
                .path("find { it.family == 'truthfulness' }.versions.max { it.version }.version");
        given().when().get(RULES + "/versions/" + rejected).then().statusCode(200)
                .body("version.status", equalTo("REJECTED"))
                .body("report.problems", not(empty()))
                .body("report.problems[0].sheet", equalTo("人员 Person"))
                .body("report.problems[0].row", equalTo(row))
                .body("report.problems[0].column", equalTo(column));
    }

    @Test
    void anUnknownVersionIsAProblemInBothLanguages() {
        given().when().get(RULES + "/versions/999999").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("没有该版本"))
                .body("detail", containsString("No version truthfulness@999999"));
        given().when().get("/api/v1/rulesets/nonsense/versions/1").then().statusCode(404);
    }
}
