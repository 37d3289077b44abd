package cn.lifeinfo.compliance.truthfulness;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static cn.lifeinfo.compliance.truthfulness.TestRecords.clean;
import static cn.lifeinfo.compliance.truthfulness.TestRecords.id;
import static cn.lifeinfo.compliance.truthfulness.TestRecords.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class TruthfulnessResourceTest {

    static JsonPath decide(ObjectNode record) {
        return given().contentType(ContentType.JSON).body(record.toString())
                .when().post("/api/v1/decisions/truthfulness?dryRun=true")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void cleanRecordPassesWithNoFindings() {
        given().contentType(ContentType.JSON).body(clean().toString())
                .when().post("/api/v1/decisions/truthfulness?dryRun=true")
                .then().statusCode(200)
                .body("overall", equalTo("PASS"))
                .body("underwritingGate", equalTo("ALLOW"))
                .body("inScope", equalTo(true))
                .body("findings", empty())
                .body("gateRules", empty())
                .body("policyNo", equalTo("P2024000001"))
                .body("rulesetVersion", startsWith("truthfulness@"))
                .body("decisionId", matchesPattern("[0-9A-HJKMNP-TV-Z]{26}"))
                .body("evaluatedAt", matchesPattern("\\d{4}-\\d\\d-\\d\\dT.*Z"));
    }

    @Test
    void keyInformationMissingBlocksWithGateOne() {
        JsonPath d = decide(with(clean(), "policyholder.name", null));
        assertEquals("FAIL", d.getString("overall"));
        assertEquals("BLOCK", d.getString("underwritingGate"));
        assertEquals(List.of("GATE-UW-001"), d.getList("gateRules"));
        Map<String, Object> f = d.getMap("findings[0]");
        assertEquals("TRU-NAME-001", f.get("ruleId"));
        assertEquals("policyholder", f.get("role"));
        assertEquals("name", f.get("field"));
        assertEquals("FAIL", f.get("severity"));
        assertEquals("姓名缺失", f.get("messageZh"));
        assertEquals("Name is missing", f.get("messageEn"));
        assertEquals("Art. 2; Art. 6(3)", f.get("source"));
    }

    @Test
    void otherFailureBlocksWithGateTwo() {
        JsonPath d = decide(with(clean(), "policyholder.name", "张3"));
        assertEquals("BLOCK", d.getString("underwritingGate"));
        assertEquals(List.of("GATE-UW-002"), d.getList("gateRules"));
    }

    @Test
    void beneficiaryKeyFieldMissingIsGateTwoNotOne() {
        JsonPath d = decide(with(clean(), "beneficiaries[0].name", null));
        assertEquals(List.of("GATE-UW-002"), d.getList("gateRules"));
    }

    @Test
    void warningsOnlyGoToReview() {
        JsonPath d = decide(with(clean(), "insured.relationshipToPolicyholder", "OTHER"));
        assertEquals("PASS", d.getString("overall"));
        assertEquals("REVIEW", d.getString("underwritingGate"));
        assertEquals(List.of("GATE-UW-003"), d.getList("gateRules"));
        assertEquals(List.of("TRU-REL-006"), d.getList("findings.ruleId"));
    }

    @Test
    void outOfScopeRecordGetsOnlyScopeAndRecordingRules() {
        ObjectNode r = with(with(with(clean(), "coverageTerm.value", 1), "policyholder.name", null),
                "channel", "TELESALES");
        r = with(r, "salesRecording.completed", false);
        JsonPath d = decide(r);
        assertEquals(false, d.getBoolean("inScope"));
        assertEquals(List.of("GATE-REC-001", "TRU-SCOPE-001"), d.getList("findings.ruleId"));
    }

    // ---- catalog §1.4: undeterminable scope fails closed (TRU-SCOPE-002) ----

    private static void onlyScope002(ObjectNode record, String field) {
        JsonPath d = decide(record);
        assertEquals(true, d.getBoolean("inScope"), d::prettify);
        assertEquals("PASS", d.getString("overall"));
        assertEquals("REVIEW", d.getString("underwritingGate"));
        assertEquals(List.of("GATE-UW-003"), d.getList("gateRules"));
        assertEquals(List.of("TRU-SCOPE-002"), d.getList("findings.ruleId"), d::prettify);
        assertEquals("policy", d.getString("findings[0].role"));
        assertEquals(field, d.getString("findings[0].field"));
        assertEquals("WARN", d.getString("findings[0].severity"));
        assertEquals("适用范围无法判定,按适用处理", d.getString("findings[0].messageZh"));
        assertEquals("Scope cannot be determined; evaluated as in scope", d.getString("findings[0].messageEn"));
    }

    @Test
    void emptyRecordIsNeverAllowed() {
        JsonPath d = decide(TestRecords.JSON.createObjectNode());
        assertNotEquals("ALLOW", d.getString("underwritingGate"));
        assertEquals(true, d.getBoolean("inScope"));
        List<String> scope = d.getList("findings.findAll { it.ruleId == 'TRU-SCOPE-002' }.field");
        assertEquals(List.of("businessType", "coverageTerm"), scope, d::prettify);
        assertTrue(d.getList("findings.ruleId").contains("TRU-NAME-001"), "evaluated as in scope");
    }

    @Test
    void missingBusinessTypeIsEvaluatedAsInScope() {
        ObjectNode r = clean();
        r.remove("businessType");
        onlyScope002(r, "businessType");
        onlyScope002(with(clean(), "businessType", null), "businessType");
        onlyScope002(with(clean(), "businessType", " "), "businessType");
    }

    @Test
    void missingCoverageTermIsEvaluatedAsInScope() {
        ObjectNode r = clean();
        r.remove("coverageTerm");
        onlyScope002(r, "coverageTerm");
        onlyScope002(with(clean(), "coverageTerm", null), "coverageTerm");
        onlyScope002(with(clean(), "coverageTerm.unit", null), "coverageTerm");
    }

    @Test
    void unreadableBusinessTypeOrCoverageTermIsEvaluatedAsInScope() {
        onlyScope002(with(clean(), "businessType", "PERSONAL"), "businessType");
        onlyScope002(with(clean(), "coverageTerm.unit", "DECADE"), "coverageTerm");
        onlyScope002(with(clean(), "coverageTerm.value", null), "coverageTerm");
        onlyScope002(with(clean(), "coverageTerm.value", 0), "coverageTerm");
    }

    @Test
    void dayOrMonthTermWithoutEffectiveDateIsEvaluatedAsInScope() {
        ObjectNode r = with(with(clean(), "coverageTerm.unit", "MONTH"), "coverageTerm.value", 6);
        r.remove("effectiveDate");
        onlyScope002(r, "effectiveDate");
    }

    @Test
    void decidableScopeIsUnchanged() {
        JsonPath group = decide(with(clean(), "businessType", "GROUP"));
        assertEquals(false, group.getBoolean("inScope"));
        assertEquals(List.of("TRU-SCOPE-001"), group.getList("findings.ruleId"));
        JsonPath clean = decide(clean());
        assertEquals("ALLOW", clean.getString("underwritingGate"));
    }

    @Test
    void undeterminedBusinessTypeStillGetsTheRecordingRule() {
        ObjectNode r = with(with(clean(), "businessType", null), "channel", "TELESALES");
        r = with(r, "salesRecording.completed", false);
        JsonPath d = decide(r);
        assertTrue(d.getList("findings.ruleId").containsAll(List.of("GATE-REC-001", "TRU-SCOPE-002")), d::prettify);
        assertEquals("BLOCK", d.getString("underwritingGate"));
    }

    // ---- catalog §1.3.5, §2.4 and F20 on the truthfulness path ----

    @Test
    void internationalLandlineWithWrittenTrunkZeroIsWellFormed() {
        JsonPath d = decide(with(clean(), "policyholder.landline", "+86 (0755) 86105638"));
        assertEquals(List.of(), d.getList("findings"), d::prettify);
        assertEquals("ALLOW", d.getString("underwritingGate"));
    }

    @Test
    void sevenDigitLocalNumbersAreNotListedRuns() {
        for (String landline : List.of("0755-7654321", "0755-2345678", "0571-7654321")) {
            JsonPath d = decide(with(clean(), "policyholder.landline", landline));
            assertEquals(List.of(), d.getList("findings"), () -> landline + " " + d.prettify());
        }
        JsonPath unknownArea = decide(with(clean(), "policyholder.landline", "0399-2345678"));
        assertFalse(unknownArea.getList("findings.ruleId").contains("TRU-PHONE-008"), unknownArea::prettify);
        JsonPath run = decide(with(clean(), "policyholder.landline", "0571-87654321"));
        assertEquals(List.of("TRU-PHONE-008"), run.getList("findings.ruleId"));
    }

    @Test
    void the174BlockOutside17400To17412And1749IsUnallocated() {
        JsonPath unassigned = decide(with(clean(), "policyholder.mobile", "17455123456"));
        assertEquals(List.of("TRU-PHONE-003"), unassigned.getList("findings.ruleId"), unassigned::prettify);
        assertEquals("REVIEW", unassigned.getString("underwritingGate"));
        for (String mobile : List.of("17400123456", "17412123456", "17490123456")) {
            JsonPath d = decide(with(clean(), "policyholder.mobile", mobile));
            assertEquals(List.of(), d.getList("findings"), () -> mobile + " " + d.prettify());
        }
    }

    @Test
    void abolishedRegionCodesInTheHistoricalListAreNotTruId006() {
        // 440401 珠海市市辖区, 362324 铅山县 (→361124 in 2000), 321083 兴化市 (→321281 in 1996), 110103 崇文区
        for (String region : List.of("440401", "362324", "321083", "110103", "440524")) {
            String id = TestRecords.id(region + "19800512001");
            JsonPath d = decide(with(clean(), "policyholder.idNumber", id));
            assertEquals(List.of(), d.getList("findings"), () -> region + " " + d.prettify());
        }
        JsonPath unknown = decide(with(clean(), "policyholder.idNumber", TestRecords.id("33019919800512001")));
        assertEquals(List.of("TRU-ID-006"), unknown.getList("findings.ruleId"));
    }

    @Test
    void selfInsuredIsReportedOnceAsPolicyholder() {
        ObjectNode r = clean();
        ObjectNode self = r.get("policyholder").deepCopy();
        self.remove(List.of("mobile", "landline", "address"));
        self.put("relationshipToPolicyholder", "SELF");
        self.put("gender", "F");
        r.set("insured", self);
        r = with(r, "policyholder.gender", "F");
        JsonPath d = decide(r);
        List<String> roles = d.getList("findings.findAll { it.ruleId == 'TRU-CONS-002' }.role");
        assertEquals(List.of("policyholder"), roles);
    }

    @Test
    void structuralIdFailureStopsLaterIdChecks() {
        // wrong check digit AND inconsistent birth date: only TRU-ID-003 (catalog §1.5)
        String bad = id("33010619800512001");
        char wrong = bad.charAt(17) == '1' ? '2' : '1';
        JsonPath d = decide(with(with(clean(), "policyholder.idNumber", bad.substring(0, 17) + wrong),
                "policyholder.birthDate", "1981-01-01"));
        List<String> ids = d.getList("findings.findAll { it.role == 'policyholder' }.ruleId");
        assertEquals(List.of("TRU-ID-003"), ids);
    }

    @Test
    void notJsonIsProblem400() {
        given().contentType(ContentType.JSON).body("{not json")
                .when().post("/api/v1/decisions/truthfulness")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("detail", containsString("not valid JSON"));
    }

    @Test
    void arrayBodyIsProblem400() {
        given().contentType(ContentType.JSON).body("[1,2]")
                .when().post("/api/v1/decisions/truthfulness")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("JSON object"));
    }

    @Test
    void wrongTypeInsideRecordNamesTheFieldPath() {
        ObjectNode r = with(clean(), "beneficiaries[0].order", "first");
        given().contentType(ContentType.JSON).body(r.toString())
                .when().post("/api/v1/decisions/truthfulness")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("beneficiaries[0].order"));
    }

    @Test
    void objectWhereStringBelongsNamesTheFieldPath() {
        ObjectNode r = with(clean(), "policyholder.name", TestRecords.JSON.createObjectNode().put("a", 1));
        given().contentType(ContentType.JSON).body(r.toString())
                .when().post("/api/v1/decisions/truthfulness")
                .then().statusCode(400).body("errors.field", hasItem("policyholder.name"));
    }

    @Test
    void emptyBodyIsProblem400() {
        given().contentType(ContentType.JSON).body("")
                .when().post("/api/v1/decisions/truthfulness")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void unknownRouteIsProblem404AndWrongMethod405() {
        given().when().get("/api/v1/nothing-here").then().statusCode(404);
        given().when().get("/api/v1/decisions/truthfulness").then().statusCode(405)
                .contentType("application/problem+json");
    }

    @Test
    void missingAndMalformedFieldsAreFindingsNotErrors() {
        JsonPath d = decide(TestRecords.JSON.createObjectNode().put("policyNo", "P-EMPTY")
                .put("businessType", "INDIVIDUAL"));
        assertEquals("FAIL", d.getString("overall"));
        assertTrue(d.getList("gateRules").contains("GATE-UW-001"));
        assertTrue(d.getList("findings.ruleId").contains("TRU-PHONE-001"));
    }

    @Test
    void oversizedBodyIs413Problem() {
        String big = "{\"policyNo\":\"" + "x".repeat(1_100_000) + "\"}";
        given().contentType(ContentType.JSON).body(big)
                .when().post("/api/v1/decisions/truthfulness")
                .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
    }

    @Test
    void storedDecisionLeavesAnAuditRowWithoutPersonalData() {
        String policyNo = "P-AUDIT-" + System.nanoTime();
        String decisionId = given().contentType(ContentType.JSON)
                .body(with(with(clean(), "policyNo", policyNo), "policyholder.name", null).toString())
                .when().post("/api/v1/decisions/truthfulness").then().statusCode(200).extract().path("decisionId");
        audit.flush(java.time.Duration.ofSeconds(10));
        cn.lifeinfo.compliance.audit.DecisionAuditEntry row = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> cn.lifeinfo.compliance.audit.DecisionAuditEntry.findById(decisionId));
        org.junit.jupiter.api.Assertions.assertNotNull(row, "audit row for " + decisionId);
        assertEquals("FAIL", row.outcome);
        assertEquals("BLOCK", row.gate);
        assertTrue(row.firedRules.contains("TRU-NAME-001") && row.firedRules.contains("GATE-UW-001"));
        assertTrue(row.rulesetVersion.startsWith("truthfulness@"));
        assertEquals(64, row.subjectHash.length());
        assertEquals("1", row.hashKeyId, "the row names the key that hashed it");
        org.junit.jupiter.api.Assertions.assertNotEquals(policyNo, row.subjectHash);
        String dryId = given().contentType(ContentType.JSON).body(clean().toString())
                .when().post("/api/v1/decisions/truthfulness?dryRun=true").then().statusCode(200)
                .extract().path("decisionId");
        audit.flush(java.time.Duration.ofSeconds(10));
        org.junit.jupiter.api.Assertions.assertNull(io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> cn.lifeinfo.compliance.audit.DecisionAuditEntry.findById(dryId)));
    }

    @Test
    void theDecisionAuditIsAppendOnly() throws Exception {
        String decisionId = given().contentType(ContentType.JSON)
                .body(with(clean(), "policyNo", "P-APPEND-" + System.nanoTime()).toString())
                .when().post("/api/v1/decisions/truthfulness").then().statusCode(200).extract().path("decisionId");
        audit.flush(java.time.Duration.ofSeconds(10));
        try (java.sql.Connection c = dataSource.getConnection()) {
            for (String sql : new String[] {"UPDATE decision_audit SET outcome = 'FAIL' WHERE decision_id = ?",
                    "DELETE FROM decision_audit WHERE decision_id = ?"}) {
                try (java.sql.PreparedStatement s = c.prepareStatement(sql)) {
                    s.setString(1, decisionId);
                    java.sql.SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(
                            java.sql.SQLException.class, s::executeUpdate, sql);
                    assertTrue(refused.getMessage().contains("decision_audit is append-only"), refused.getMessage());
                }
            }
            try (java.sql.PreparedStatement s = c.prepareStatement(
                    "SELECT outcome FROM decision_audit WHERE decision_id = ?")) {
                s.setString(1, decisionId);
                try (java.sql.ResultSet rs = s.executeQuery()) {
                    assertTrue(rs.next());
                    assertEquals("PASS", rs.getString(1));
                }
            }
        }
    }

    @jakarta.inject.Inject
    io.agroal.api.AgroalDataSource dataSource;

    @jakarta.inject.Inject
    cn.lifeinfo.compliance.audit.DecisionAuditWriter audit;
}
