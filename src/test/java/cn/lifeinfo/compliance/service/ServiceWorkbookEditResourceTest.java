package cn.lifeinfo.compliance.service;

import cn.lifeinfo.compliance.ruleset.WorkbookEditor;
import cn.lifeinfo.compliance.ruleset.RuleFamily;
import cn.lifeinfo.compliance.identity.Roles;
import cn.lifeinfo.compliance.identity.Tokens;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cn.lifeinfo.compliance.ruleset.ActiveVersionRestored;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;


import static cn.lifeinfo.compliance.service.ServiceRequests.attempt;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Compliance staff lengthen the cooling-off period from 15 to 20 days in the 参数 Parameters sheet (and update the
 * two test cases that depend on it); a rule author uploads it, a different user who is a rule approver activates
 * it, and callback decisions change at once, without a restart. Uploading the parameter change without its test
 * cases is refused by the workbook's own cases.
 */
@QuarkusTest
class ServiceWorkbookEditResourceTest {

    static final String RULES = "/api/v1/rulesets/service";
    static final String TESTS = "测试用例 Tests";
    @RegisterExtension
    final ActiveVersionRestored active = new ActiveVersionRestored(RuleFamily.SERVICE);

    /** Received 2026-06-01, asked on 2026-06-17, nobody reached yet. */
    static JsonPath decideUnansweredCallback() {
        ObjectNode r = ServiceRequests.callback().put("asOfDate", "2026-06-17");
        return given().contentType(ContentType.JSON).body(r.toString()).when().post("/api/v1/decisions/service")
                .then().statusCode(200).extract().jsonPath();
    }

    static JsonPath decideCallbackOn(String date) {
        ObjectNode r = attempt(ServiceRequests.callback().put("asOfDate", "2026-06-30"), date, "13800138000", true,
                true);
        return given().contentType(ContentType.JSON).body(r.toString()).when().post("/api/v1/decisions/service")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void coolingOffFifteenToTwentyDaysChangesDecisionsAfterActivationWithoutRestart() throws Exception {
        byte[] twentyDays = WorkbookEditor.of(WorkbookEditor.shipped(RuleFamily.SERVICE))
                .set("参数", ServiceParameters.COOLING_OFF_DAYS, "取值", "20").bytes();

        // the parameter alone contradicts the workbook's own cases: refused, naming the sheet
        given().header(Tokens.as("svc-author", Roles.RULE_AUTHOR)).multiPart("file", "service.xlsx", twentyDays)
                .when().post(RULES).then().statusCode(422).body("errors.sheet", hasItem(TESTS));

        byte[] edited = WorkbookEditor.of(twentyDays).set(TESTS, "SV-21", "期望结论", "COMPLETED")
                .set(TESTS, "SV-22", "期望结论", "PENDING").set(TESTS, "SV-22", "期望规则", "GATE-CB-001").bytes();

        assertEquals("OVERDUE", decideUnansweredCallback().getString("decision"));
        assertEquals("COMPLETED_LATE", decideCallbackOn("2026-06-21").getString("decision"));

        int version = given().header(Tokens.as("svc-author", Roles.RULE_AUTHOR))
                .multiPart("file", "service.xlsx", edited).when().post(RULES)
                .then().statusCode(201).body("status", equalTo("VALIDATED")).extract().path("version");
        // nothing changes on upload; the author may not activate his own version
        assertEquals("OVERDUE", decideUnansweredCallback().getString("decision"));
        given().header(Tokens.as("svc-author", Roles.RULE_AUTHOR, Roles.RULE_APPROVER)).when()
                .post(RULES + "/versions/" + version + "/activate").then().statusCode(403);
        given().header(Tokens.as("svc-approver", Roles.RULE_APPROVER)).when()
                .post(RULES + "/versions/" + version + "/activate").then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("approvedBy", equalTo("svc-approver"));

        JsonPath after = decideUnansweredCallback();
        assertEquals("PENDING", after.getString("decision"));
        assertEquals("GATE-CB-001", after.getString("ruleId"));
        assertEquals("service@" + version, after.getString("rulesetVersion"));
        // day 20 after receipt is now the last day; day 21 is late
        assertEquals("COMPLETED", decideCallbackOn("2026-06-21").getString("decision"));
        assertEquals("COMPLETED_LATE", decideCallbackOn("2026-06-22").getString("decision"));

        // the diff names the edited sheets
        given().header(Tokens.as("svc-auditor", Roles.AUDITOR)).when()
                .get(RULES + "/versions/" + active.original() + "/diff/" + version).then().statusCode(200)
                .body("sheets.sheet", hasItem("参数 Parameters"));

        // rollback = activating the earlier version
        given().header(Tokens.as("svc-approver", Roles.RULE_APPROVER)).when()
                .post(RULES + "/versions/" + active.original() + "/activate").then().statusCode(200);
        assertEquals("OVERDUE", decideUnansweredCallback().getString("decision"));
    }
}
