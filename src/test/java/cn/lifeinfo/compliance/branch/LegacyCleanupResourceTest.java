package cn.lifeinfo.compliance.branch;

import cn.lifeinfo.compliance.audit.InputCipher;
import cn.lifeinfo.compliance.common.IdentifierHasher;
import cn.lifeinfo.compliance.common.Ulid;
import cn.lifeinfo.compliance.identity.Tokens;
import cn.lifeinfo.compliance.truthfulness.TestRecords;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PEN-BR-003: historical policies (applied for before 2013-11-04) by the latest stored decision on each, counted per
 * branch; still defective after 2014-07-01 is regulatory exposure.
 */
@QuarkusTest
class LegacyCleanupResourceTest {

    static boolean ready;

    @Inject
    InputCipher cipher;
    @Inject
    IdentifierHasher hasher;

    @BeforeEach
    void decisions() {
        if (ready) {
            return;
        }
        ready = true;
        InspectionResourceTest.agent("LC-A", "6501");
        InspectionResourceTest.agent("LC-B", "6502");
        InspectionResourceTest.agent("LC-H", "6540");
        decide(record("PLC2013000001", "2013-11-03", "LC-A", false), false);
        decide(record("PLC2013000001", "2013-11-03", "LC-A", true), false); // corrected
        decide(record("PLC2013000002", "2013-11-03", "LC-A", false), false); // still defective
        decide(record("PLC2010000003", "2010-01-01", "LC-B", true), false);
        decide(record("PLC2013000004", "2013-11-04", "LC-A", false), false); // the effective date: not historical
        decide(TestRecords.with(record("PLC2013000005", "2013-11-03", "LC-A", false), "coverageTerm.value", 1), false);
        decide(record("PLC2013000006", "2013-11-03", "LC-B", false), true); // a dry run stores nothing
        // decisions stored in 2014 (the service's clock cannot make them over HTTP)
        stored("PLC2012000007", "2012-05-01", "FAIL", "2014-06-20T10:00:00+08:00");
        stored("PLC2012000008", "2012-05-15", "FAIL", "2014-06-20T10:00:00+08:00");
        stored("PLC2012000008", "2012-05-15", "PASS", "2014-07-01T23:30:00+08:00"); // corrected on 1 July, Beijing time
        stored("PLC2012000009", "2012-06-01", "FAIL", "2014-07-02T09:00:00+08:00");
    }

    static ObjectNode record(String policyNo, String applied, String agent, boolean clean) {
        ObjectNode r = TestRecords.with(TestRecords.clean(), "policyNo", policyNo);
        r = TestRecords.with(r, "applicationDate", applied);
        r = TestRecords.with(r, "effectiveDate", LocalDate.parse(applied).plusDays(1).toString());
        r = TestRecords.with(r, "salesperson.agentCode", agent);
        // contacts of these tests only, so the cross-record rules judge these records among themselves
        r = TestRecords.with(r, "policyholder.mobile", "13957110042");
        r = TestRecords.with(r, "policyholder.address.detail", "文三路900号3幢101室");
        ((ObjectNode) r.get("policyholder")).remove("landline");
        // a wrong check digit: TRU-ID-003, FAIL
        return clean ? r : TestRecords.with(r, "policyholder.idNumber", "330106198005120010");
    }

    static void decide(ObjectNode record, boolean dryRun) {
        given().contentType(ContentType.JSON).body(record.toString()).when()
                .post("/api/v1/decisions/truthfulness" + (dryRun ? "?dryRun=true" : "")).then().statusCode(200);
    }

    void stored(String policyNo, String applied, String overall, String at) {
        LegacyPolicyDecision d = new LegacyPolicyDecision();
        d.decisionId = Ulid.next();
        d.policyHash = hasher.hash(policyNo);
        d.hashKeyId = hasher.keyId();
        d.policyNoSealed = cipher.encrypt(policyNo.getBytes(StandardCharsets.UTF_8));
        d.policyNoMasked = "PLC******" + policyNo.substring(9);
        d.applicationDate = LocalDate.parse(applied);
        d.agentCode = "LC-H";
        d.overall = overall;
        d.rulesetVersion = "truthfulness@1";
        d.decidedAt = OffsetDateTime.parse(at).toInstant();
        QuarkusTransaction.requiringNew().run(d::persist);
    }

    static JsonPath report(Header who, String query) {
        return given().header(who).when().get("/api/v1/branches/legacy-cleanup" + (query.isEmpty() ? "" : "?" + query)).then().statusCode(200)
                .extract().jsonPath();
    }

    static final Header INSPECTOR = Tokens.as("inspector.li", "inspector");

    @Test
    void theLatestDecisionTellsCorrectedFromStillDefectiveAndOnlyHistoricalInScopePoliciesCount() {
        JsonPath r = report(INSPECTOR, "branchCode=650");
        assertEquals("PEN-BR-003", r.getString("ruleId"));
        assertEquals("2013-11-04", r.getString("legacyBefore"));
        assertEquals("2014-07-01", r.getString("exposureAfter"));
        assertEquals(Map.of("policies", 3, "corrected", 2, "stillDefective", 1, "regulatoryExposure", 1),
                r.getMap("totals"));
        assertEquals(List.of("6501", "6502"), r.getList("branches.branchCode"));
        assertEquals(Map.of("branchCode", "6501", "branchName", "新疆维吾尔自治区乌鲁木齐市", "policies", 2,
                "corrected", 1, "stillDefective", 1, "regulatoryExposure", 1), r.getMap("branches[0]"));
        // still defective first, then by branch and application date; numbers in clear for an inspector
        assertEquals(List.of("PLC2013000002", "PLC2013000001", "PLC2010000003"), r.getList("policies.policyNo"));
        assertEquals(List.of("STILL_DEFECTIVE", "CORRECTED", "CORRECTED"), r.getList("policies.status"));
        assertEquals(List.of(true, false, false), r.getList("policies.regulatoryExposure"));
        assertEquals("2013-11-03", r.getString("policies[0].applicationDate"));
        assertFalse(r.getBoolean("policyNumbersMasked"));
        assertEquals(r.getList("policies.policyNo"), report(Tokens.as("audit", "auditor"), "branchCode=650")
                .getList("policies.policyNo"));
        // no personal data: the policy view has only these fields
        assertEquals(java.util.Set.of("policyNo", "branchCode", "applicationDate", "status", "regulatoryExposure",
                "decisionId", "decidedAt", "rulesetVersion"), r.getMap("policies[0]").keySet());
    }

    @Test
    void aManagerSeesHisBranchesWithPolicyNumbersMasked() {
        Header manager = Tokens.manager("ma.wlmq", "6501");
        JsonPath r = report(manager, "");
        assertEquals(List.of("6501"), r.getList("branches.branchCode"));
        assertEquals(List.of("PLC******0002", "PLC******0001"), r.getList("policies.policyNo"));
        assertTrue(r.getBoolean("policyNumbersMasked"));
        given().header(manager).when().get("/api/v1/branches/legacy-cleanup?branchCode=6502").then().statusCode(403)
                .contentType("application/problem+json");
        assertEquals(List.of("6501"), report(manager, "branchCode=65").getList("branches.branchCode"));
    }

    @Test
    void stillDefectiveIsExposureOnlyAfterTheFirstOfJuly2014() {
        JsonPath june = report(INSPECTOR, "branchCode=6540&asOf=2014-06-30");
        assertEquals(Map.of("policies", 2, "corrected", 0, "stillDefective", 2, "regulatoryExposure", 0),
                june.getMap("totals"));

        // a decision counts from its own day (in compliance.zone): PLC2012000008 was corrected at 23:30 on 1 July
        JsonPath firstJuly = report(INSPECTOR, "branchCode=6540&asOf=2014-07-01");
        assertEquals(Map.of("policies", 2, "corrected", 1, "stillDefective", 1, "regulatoryExposure", 0),
                firstJuly.getMap("totals"));
        assertEquals(List.of(false, false), firstJuly.getList("policies.regulatoryExposure"));

        JsonPath secondJuly = report(INSPECTOR, "branchCode=6540&asOf=2014-07-02");
        assertEquals(Map.of("policies", 3, "corrected", 1, "stillDefective", 2, "regulatoryExposure", 2),
                secondJuly.getMap("totals"));
        assertEquals(List.of("PLC2012000007", "PLC2012000009", "PLC2012000008"),
                secondJuly.getList("policies.policyNo"));
        assertEquals(List.of(true, true, false), secondJuly.getList("policies.regulatoryExposure"));

        JsonPath paged = report(INSPECTOR, "branchCode=6540&asOf=2014-07-02&page=1&size=2");
        assertEquals(List.of("PLC2012000008"), paged.getList("policies.policyNo"));
        assertEquals(3, paged.getInt("totals.policies"));
    }

    @Test
    void anUnknownBranchIsCountedWithoutOne() {
        decide(record("PLC2013000010", "2013-01-01", "LC-NOT-REGISTERED", false), false);
        JsonPath all = report(INSPECTOR, "");
        Map<String, Object> unknown = all.getMap("branches.find { it.branchCode == null }");
        assertTrue(((Integer) unknown.get("stillDefective")) >= 1, all.prettify());
        assertNull(unknown.get("branchName"));
        // a manager sees none of them
        assertFalse(report(Tokens.manager("ma.wlmq", "6501"), "").getList("branches.branchCode").contains(null));
    }

    @Test
    void aPolicyNumberTooLongToSealIsReportedMaskedEvenToAnInspector() {
        String longNo = "PLC2013" + "9".repeat(200) + "0011";
        decide(record(longNo, "2013-01-01", "LC-NOT-REGISTERED", false), false);
        List<String> numbers = report(INSPECTOR, "size=1000").getList("policies.policyNo");
        assertTrue(numbers.contains(cn.lifeinfo.compliance.access.FieldMasker.policyNo(longNo)), numbers.toString());
        assertFalse(numbers.contains(longNo));
    }

    @Test
    void itsRowsCannotBeChangedOrRemoved() {
        assertAppendOnly("legacy_policy_decision", "overall = 'PASS'");
    }

    /** V52's triggers refuse UPDATE and DELETE on a table that holds rows. */
    static void assertAppendOnly(String table, String assignment) {
        for (String sql : List.of("UPDATE " + table + " SET " + assignment, "DELETE FROM " + table)) {
            RuntimeException refused = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                    () -> QuarkusTransaction.requiringNew().run(() -> LegacyPolicyDecision.getEntityManager()
                            .createNativeQuery(sql).executeUpdate()), sql);
            Throwable root = refused;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            assertTrue(String.valueOf(root.getMessage()).contains(table + " is append-only"), sql + ": " + root);
        }
    }

    @Test
    void invalidQueriesName400Fields() {
        for (String q : List.of("asOf=2014-13-01", "asOf=2999-01-01", "size=0", "size=1001", "page=-1", "page=x")) {
            String field = q.substring(0, q.indexOf('='));
            given().when().get("/api/v1/branches/legacy-cleanup?" + q).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem(field));
        }
    }
}
