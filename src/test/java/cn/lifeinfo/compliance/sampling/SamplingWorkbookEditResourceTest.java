package cn.lifeinfo.compliance.sampling;

import cn.lifeinfo.compliance.identity.Roles;
import cn.lifeinfo.compliance.identity.Tokens;
import cn.lifeinfo.compliance.ruleset.RuleFamily;
import cn.lifeinfo.compliance.ruleset.WorkbookEditor;
import cn.lifeinfo.compliance.ruleset.ActiveVersionRestored;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The rate is a workbook cell: compliance staff raise the monthly consistency rate from 3% to 30% on the service
 * workbook's 参数 sheet, a second person activates it, and the next run draws at the new rate — while a run already
 * drawn stays as it was.
 */
@QuarkusTest
class SamplingWorkbookEditResourceTest {

    static final String RULES = "/api/v1/rulesets/service";
    @RegisterExtension
    final ActiveVersionRestored active = new ActiveVersionRestored(RuleFamily.SERVICE);

    @Test
    void aRateEditedInTheWorkbookChangesTheNextRunAfterActivation() {
        String branch = Samples.unique("SW");
        String agent = Samples.unique("SA");
        Samples.registerAgent(agent, branch);
        Samples.newBusiness(agent, 100, "2026-08-08");
        Samples.newBusiness(agent, 100, "2026-09-09");

        JsonPath august = Samples.openOne("CONSISTENCY", "2026-08", branch);
        assertEquals(20, august.getInt("runs[0].size"), "3% of 100 is below the minimum of 20");

        byte[] thirty = WorkbookEditor.of(WorkbookEditor.shipped(RuleFamily.SERVICE))
                .set("参数", SamplingParameters.rateKey(SamplingKind.CONSISTENCY), "取值", "30").bytes();
        int version = given().header(Tokens.as("smp-author", Roles.RULE_AUTHOR))
                .multiPart("file", "service.xlsx", thirty).when().post(RULES)
                .then().statusCode(201).body("status", equalTo("VALIDATED")).extract().path("version");
        assertEquals(20, Samples.openOne("CONSISTENCY", "2026-09", Samples.unique("SW-none")).getInt("runs[0].minimum"),
                "nothing changes on upload");
        given().header(Tokens.as("smp-approver", Roles.RULE_APPROVER)).when()
                .post(RULES + "/versions/" + version + "/activate").then().statusCode(200);

        JsonPath september = Samples.openOne("CONSISTENCY", "2026-09", branch);
        assertEquals(30, september.getInt("runs[0].ratePercent"));
        assertEquals(30, september.getInt("runs[0].size"), "30% of 100");
        assertEquals("service@" + version, september.getString("runs[0].rulesetVersion"));
        JsonPath again = Samples.openOne("CONSISTENCY", "2026-08", branch);
        assertEquals(august.getString("runs[0].runId"), again.getString("runs[0].runId"));
        assertEquals(20, again.getInt("runs[0].size"), "a drawn run is not redrawn");
    }
}
