package cn.lifeinfo.compliance.service;

import cn.lifeinfo.compliance.audit.DecisionAuditWriter;
import cn.lifeinfo.compliance.common.IdentifierHasher;
import cn.lifeinfo.compliance.identity.Roles;
import cn.lifeinfo.compliance.identity.Tokens;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static cn.lifeinfo.compliance.service.ServiceRequests.attempt;
import static cn.lifeinfo.compliance.service.ServiceRequests.customer;
import static cn.lifeinfo.compliance.service.ServiceRequests.policy;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * POST /api/v1/decisions/service, rule by rule in the order of catalog §4.5, with its boundaries (18th birthday,
 * last day of the cooling-off period, the day retention ends and the day after), its 400s, its audit row and the
 * LIFE-CHG-003 / LIFE-DES-003 records an auditor reads.
 */
@QuarkusTest
class ServiceResourceTest {

    static final String URL = "/api/v1/decisions/service";

    @Inject
    AgroalDataSource db;
    @Inject
    DecisionAuditWriter audit;
    @Inject
    IdentifierHasher hasher;

    static ValidatableResponse decide(ObjectNode request) {
        return given().contentType(ContentType.JSON).body(request.toString()).when().post(URL).then();
    }

    static void expect(ObjectNode request, String decision, String ruleId) {
        decide(request).statusCode(200).body("decision", equalTo(decision)).body("ruleId", equalTo(ruleId))
                .body("type", equalTo(request.get("type").asText()))
                .body("reasons[0].ruleId", equalTo(ruleId));
    }

    // ---- mobile policy service: GATE-PS-001 → PS-004 → MOB-001 → MOB-002 → MOB-003/004 → MOB-005 → MOB-007 → OK

    @Test
    void loanThatPassesEveryCheckIsPermittedWithGateOk() {
        decide(ServiceRequests.loan()).statusCode(200)
                .body("decisionId", matchesPattern("[0-9A-Z]{26}"))
                .body("rulesetVersion", startsWith("service@"))
                .body("type", equalTo("POLICY_LOAN"))
                .body("decision", equalTo("PERMIT")).body("ruleId", equalTo("GATE-OK"))
                .body("reasons", hasSize(1)).body("reasons[0].messageZh", equalTo("校验通过,可以办理"))
                .body("evaluatedAt", startsWith("20"))
                .body("retentionUntil", nullValue());
        expect(ServiceRequests.survival(), "PERMIT", "GATE-OK");
    }

    @Test
    void gatePs001KeyInformationMissing() {
        ObjectNode r = ServiceRequests.loan();
        policy(r).put("keyInfoComplete", false).put("customerIdExpired", true); // PS-001 comes first
        r.put("customerAuthenticated", false);
        decide(r).statusCode(200).body("decision", equalTo("DENY")).body("ruleId", equalTo("GATE-PS-001"))
                .body("reasons[0].messageZh", equalTo("关键信息缺失,补充更正完成前不能保全通过"))
                .body("reasons[0].messageEn", equalTo("Key information missing; policy service blocked until corrected"));
    }

    @Test
    void gatePs004IdExpiredBeforeAuthentication() {
        ObjectNode r = ServiceRequests.survival();
        policy(r).put("customerIdExpired", true);
        r.put("customerAuthenticated", false);
        decide(r).statusCode(200).body("ruleId", equalTo("GATE-PS-004"))
                .body("reasons[0].messageEn", equalTo("ID expired and not updated; service suspended"));
    }

    @Test
    void gateMob001AuthenticationFirst() {
        ObjectNode r = ServiceRequests.loan().put("customerAuthenticated", false).put("signedByApplicant", false);
        expect(r, "DENY", "GATE-MOB-001");
    }

    @Test
    void gateMob002LoanEligibility() {
        ObjectNode lapsed = ServiceRequests.loan();
        policy(lapsed).put("status", "LAPSED");
        expect(lapsed, "DENY", "GATE-MOB-002");
        ObjectNode noFeature = ServiceRequests.loan();
        policy(noFeature).put("hasLoanFeature", false);
        expect(noFeature, "DENY", "GATE-MOB-002");
        ObjectNode annuity = ServiceRequests.loan();
        policy(annuity).put("annuityStarted", true);
        expect(annuity, "DENY", "GATE-MOB-002");
        // loans only: a survival benefit on a lapsed policy without a loan feature is not a loan
        ObjectNode survival = ServiceRequests.survival();
        policy(survival).put("hasLoanFeature", false);
        expect(survival, "PERMIT", "GATE-OK");
    }

    @Test
    void gateMob003LoanApplicantAndTheEighteenthBirthday() {
        expect(ServiceRequests.loan().put("applicantRole", "INSURED"), "DENY", "GATE-MOB-003");
        // a guardian policyholder for an insured who turns 18 on the request date: adult, so no longer eligible
        ObjectNode guardian = ServiceRequests.loan();
        policy(guardian).put("policyholderIsInsured", false).put("guardianship", true)
                .put("insuredBirthDate", "2008-06-01");
        expect(guardian, "DENY", "GATE-MOB-003");
        policy(guardian).put("insuredBirthDate", "2008-06-02"); // 17 until tomorrow
        expect(guardian, "PERMIT", "GATE-OK");
        // an adult insured's long-term loan authorisation lets the policyholder borrow
        policy(guardian).put("insuredBirthDate", "2000-01-01").put("longTermLoanAuthorization", true);
        expect(guardian, "PERMIT", "GATE-OK");
        policy(guardian).put("guardianship", false).put("longTermLoanAuthorization", false);
        expect(guardian, "DENY", "GATE-MOB-003");
    }

    @Test
    void gateMob004SurvivalBenefitApplicantAndTheEighteenthBirthday() {
        ObjectNode byPolicyholder = ServiceRequests.survival().put("applicantRole", "POLICYHOLDER");
        expect(byPolicyholder, "DENY", "GATE-MOB-004");
        policy(byPolicyholder).put("guardianship", true).put("insuredBirthDate", "2008-06-02");
        expect(byPolicyholder, "PERMIT", "GATE-OK"); // minor insured, guardian applies
        policy(byPolicyholder).put("insuredBirthDate", "2008-06-01");
        expect(byPolicyholder, "DENY", "GATE-MOB-004"); // 18th birthday: adult
        // a policyholder who is the insured is the insured
        ObjectNode self = ServiceRequests.survival().put("applicantRole", "POLICYHOLDER");
        policy(self).put("policyholderIsInsured", true);
        expect(self, "PERMIT", "GATE-OK");
    }

    @Test
    void gateMob005Signature() {
        expect(ServiceRequests.loan().put("signedByApplicant", false), "DENY", "GATE-MOB-005");
        expect(ServiceRequests.survival().put("signedByApplicant", false), "DENY", "GATE-MOB-005");
    }

    @Test
    void gateMob007HouseholdRegisterValidity() {
        ObjectNode r = ServiceRequests.loan();
        r.putObject("applicantIdDocument").put("type", "HOUSEHOLD_REGISTER").put("validFrom", "2001-02-03")
                .put("validUntil", "9999/99/99").put("registrationDate", "2001-02-03");
        expect(r, "PERMIT", "GATE-OK");
        ((ObjectNode) r.get("applicantIdDocument")).put("validFrom", "2001-02-04");
        expect(r, "DENY", "GATE-MOB-007");
        ((ObjectNode) r.get("applicantIdDocument")).put("validFrom", "2001-02-03").put("validUntil", "2031-02-03");
        expect(r, "DENY", "GATE-MOB-007");
    }

    // ---- changes: GATE-PS-002 → PS-003 → LIFE-CHG-002 documents → approvals → LIFE-CHG-003

    @Test
    void gatePs002SalespersonWithoutAuthorisation() {
        ObjectNode r = ServiceRequests.contactChange().put("submittedBy", "AGENT").put("newMobile", "13700137000");
        expect(r, "DENY", "GATE-PS-002");
        r.putObject("customerAuthorization").put("type", "ELECTRONIC").put("reference", "AUTH-1");
        expect(r, "DENY", "GATE-PS-003"); // authorised, but the new phone is the salesperson's
    }

    @Test
    void gatePs003AgentPhonesGivenAndTheSalespersonRegistry() {
        expect(ServiceRequests.contactChange().put("newMobile", "137 0013 7000"), "DENY", "GATE-PS-003");
        given().contentType(ContentType.JSON).body("""
                {"agentCode":"AG-SVC-1","name":"李娜","gender":"F","birthDate":"1990-01-02","idType":"RESIDENT_ID",
                 "idNumber":"33010619900102002X","mobile":"+86 135 5555 0001","branchCode":"3301","status":"ACTIVE"}""")
                .when().put("/api/v1/agents/AG-SVC-1").then().statusCode(anyOf2xx());
        ObjectNode r = ServiceRequests.contactChange().put("newMobile", "13555550001");
        decide(r).statusCode(200).body("ruleId", equalTo("GATE-PS-003"))
                .body("reasons[0].messageEn", equalTo("New phone is a salesperson's phone"));
        expect(ServiceRequests.contactChange().put("newMobile", "13555550002"), "PERMIT", "LIFE-CHG-003");
    }

    static org.hamcrest.Matcher<Integer> anyOf2xx() {
        return org.hamcrest.Matchers.both(org.hamcrest.Matchers.greaterThanOrEqualTo(200))
                .and(org.hamcrest.Matchers.lessThan(300));
    }

    @Test
    void lifeChg001ContactChangeWaitsForAnApproverOtherThanTheRequester() {
        ObjectNode r = ServiceRequests.contactChange();
        r.putArray("approvals");
        expect(r, "PENDING_APPROVAL", "LIFE-CHG-001");
        r.putArray("approvals").add("clerk-1"); // a self-approval is ignored
        decide(r).statusCode(200).body("decision", equalTo("PENDING_APPROVAL"))
                .body("reasons[0].messageZh", equalTo("信息变更须填写申请表并经审批"));
        // a contact change is the correction itself: never blocked by GATE-PS-001
        r.put("policyKeyInfoComplete", false).putArray("approvals").add("manager-9");
        expect(r, "PERMIT", "LIFE-CHG-003");
    }

    @Test
    void lifeChg002IdentityChangeNeedsDocumentsAndTwoApprovals() {
        ObjectNode r = ServiceRequests.identityChange();
        r.putArray("supportingDocuments");
        r.putArray("approvals");
        expect(r, "DENY", "LIFE-CHG-002");
        r.putArray("supportingDocuments").add("公安机关证明");
        expect(r, "PENDING_APPROVAL", "LIFE-CHG-002");
        r.putArray("approvals").add("manager-1").add("clerk-1"); // the requester's own approval does not count
        expect(r, "PENDING_APPROVAL", "LIFE-CHG-002");
        r.putArray("approvals").add("manager-1").add("manager-2");
        expect(r, "PERMIT", "LIFE-CHG-003");
    }

    @Test
    void lifeChg003PermittedChangeIsRecordedWithHashesOnlyAndReadByAnAuditor() throws SQLException {
        String policyNo = "P-CHG-REC-" + System.nanoTime();
        ObjectNode r = ServiceRequests.contactChange().put("policyNo", policyNo).put("channel", "COUNTER");
        r.putArray("approvals").add("manager-1").add("clerk-1");
        String decisionId = decide(r).statusCode(200).body("ruleId", equalTo("LIFE-CHG-003")).extract()
                .path("decisionId");
        List<Map<String, Object>> records = given().header(Tokens.as("audit", Roles.AUDITOR))
                .queryParam("policyNo", policyNo).when().get("/api/v1/lifecycle/changes").then().statusCode(200)
                .body("$", hasSize(1)).body("[0].decisionId", equalTo(decisionId))
                .body("[0].changeType", equalTo("CONTACT_CHANGE")).body("[0].channel", equalTo("COUNTER"))
                .body("[0].policyHash", equalTo(hasher.hash(policyNo)))
                .body("[0].requesterHash", equalTo(hasher.hash("clerk-1")))
                .body("[0].approverHashes", equalTo(List.of(hasher.hash("manager-1"))))
                .extract().jsonPath().getList("$");
        assertTrue(records.get(0).get("newValueHash") != null && records.get(0).get("oldValueHash") != null);
        String row = rowText("select * from service_change_record where decision_id = ?", decisionId);
        assertTrue(!row.contains(policyNo) && !row.contains("13800138000") && !row.contains("clerk-1"), row);
        // a pending change leaves no record
        ObjectNode pending = ServiceRequests.contactChange().put("policyNo", policyNo);
        pending.putArray("approvals");
        decide(pending).statusCode(200).body("decision", equalTo("PENDING_APPROVAL"));
        given().header(Tokens.as("audit", Roles.AUDITOR)).queryParam("policyNo", policyNo)
                .when().get("/api/v1/lifecycle/changes").then().statusCode(200).body("$", hasSize(1));
        // append-only
        assertThrows(SQLException.class, () -> update(
                "update service_change_record set channel = 'X' where decision_id = '" + decisionId + "'"));
        assertThrows(SQLException.class, () -> update(
                "delete from service_change_record where decision_id = '" + decisionId + "'"));
    }

    // ---- callback: CB-000 → COMPLETED / COMPLETED_LATE → OVERDUE → RECALL / INVALID / PENDING

    @Test
    void gateCb000OneYearTermsNeedNoCallback() {
        ObjectNode r = ServiceRequests.callback().put("asOfDate", "2026-12-31");
        policy(r).put("termOverOneYear", false);
        expect(r, "NOT_REQUIRED", "GATE-CB-000");
    }

    @Test
    void gateCb001LastDayOfTheCoolingOffPeriodAndTheDayAfter() {
        // received 2026-06-01, 15 days: day 1 = 06-02, the period ends on 06-16
        expect(attempt(ServiceRequests.callback().put("asOfDate", "2026-06-30"), "2026-06-16", "138 0013 8000", true,
                true), "COMPLETED", "GATE-CB-001");
        expect(attempt(ServiceRequests.callback().put("asOfDate", "2026-06-30"), "2026-06-17", "13800138000", true,
                true), "COMPLETED_LATE", "GATE-CB-001");
        expect(ServiceRequests.callback().put("asOfDate", "2026-06-16"), "PENDING", "GATE-CB-001");
    }

    @Test
    void gateCb005OverdueFromTheDayAfterTheEnd() {
        expect(ServiceRequests.callback().put("asOfDate", "2026-06-17"), "OVERDUE", "GATE-CB-005");
        ObjectNode failed = attempt(ServiceRequests.callback().put("asOfDate", "2026-06-17"), "2026-06-10",
                "13800138000", true, false);
        expect(failed, "OVERDUE", "GATE-CB-005");
        // the contract's longer period applies
        policy(failed).put("coolingOffDays", 20);
        expect(failed, "RECALL_REQUIRED", "GATE-CB-002");
    }

    @Test
    void gateCb002RespondentNotVerified() {
        ObjectNode r = attempt(ServiceRequests.callback(), "2026-06-05", "13800138000", true, false);
        decide(r).statusCode(200).body("decision", equalTo("RECALL_REQUIRED")).body("ruleId", equalTo("GATE-CB-002"))
                .body("reasons[0].messageZh", equalTo("回访非投保人本人,应再次回访"));
        expect(attempt(ServiceRequests.callback(), "2026-06-05", "13800138000", false, false), "RECALL_REQUIRED",
                "GATE-CB-002");
    }

    @Test
    void gateCb003WrongNumberIsInvalidAndDoesNotComplete() {
        ObjectNode r = attempt(ServiceRequests.callback(), "2026-06-05", "13911112222", true, true);
        decide(r).statusCode(200).body("decision", equalTo("INVALID_CALLBACK")).body("ruleId", equalTo("GATE-CB-003"))
                .body("reasons[0].messageEn", equalTo("Must call the number on file"));
        // a later verified call to the number on file completes it
        expect(attempt(r, "2026-06-06", "13800138000", true, true), "COMPLETED", "GATE-CB-001");
    }

    // ---- destruction and deletion: RET-001 → RET-003 → RET-002 / DES-004 → DES-001 → DES-003 / DES-004

    @Test
    void lifeRet001And003() {
        ObjectNode inForce = ServiceRequests.destruction();
        customer(inForce).put("hasInForcePolicy", true).put("legalHold", true);
        customer(inForce).remove("lastContractTerminationDate");
        customer(inForce).remove("businessRelationshipEndDate");
        expect(inForce, "DENY", "LIFE-RET-001");
        ObjectNode hold = ServiceRequests.deletion();
        customer(hold).put("legalHold", true);
        expect(hold, "DENY", "LIFE-RET-003");
    }

    @Test
    void lifeRet002TheDayRetentionEndsAndTheDayAfter() {
        // terminated 2010-05-31, a long-term policy: 10 years → retention ends 2020-05-31
        decide(ServiceRequests.destruction().put("requestDate", "2020-05-31")).statusCode(200)
                .body("decision", equalTo("DENY")).body("ruleId", equalTo("LIFE-RET-002"))
                .body("retentionUntil", equalTo("2020-05-31"))
                .body("reasons[0].messageZh", equalTo("未满保存期限,不得销毁"));
        decide(ServiceRequests.destruction().put("requestDate", "2020-06-01")).statusCode(200)
                .body("decision", equalTo("PERMIT")).body("ruleId", equalTo("LIFE-DES-003"))
                .body("retentionUntil", equalTo("2020-05-31"));
        // only short terms: 5 years; the business relationship ended later: + 5 years wins
        ObjectNode shortTerm = ServiceRequests.destruction().put("requestDate", "2016-01-01");
        customer(shortTerm).put("longestTermOverOneYear", false).put("businessRelationshipEndDate", "2011-01-01");
        decide(shortTerm).statusCode(200).body("ruleId", equalTo("LIFE-RET-002"))
                .body("retentionUntil", equalTo("2016-01-01"));
        shortTerm.put("requestDate", "2016-01-02");
        decide(shortTerm).statusCode(200).body("ruleId", equalTo("LIFE-DES-003"));
        // a dispute that ended 2025-03-01 keeps everything until 2027-03-01
        ObjectNode dispute = ServiceRequests.destruction().put("requestDate", "2027-03-01");
        customer(dispute).put("disputeEndDate", "2025-03-01");
        decide(dispute).statusCode(200).body("ruleId", equalTo("LIFE-RET-002"))
                .body("retentionUntil", equalTo("2027-03-01"));
        dispute.put("requestDate", "2027-03-02");
        expect(dispute, "PERMIT", "LIFE-DES-003");
    }

    @Test
    void lifeDes004DeletionRequestIsRestrictedWithinRetentionAndPermittedAfter() {
        decide(ServiceRequests.deletion().put("requestDate", "2020-05-31")).statusCode(200)
                .body("decision", equalTo("RESTRICT")).body("ruleId", equalTo("LIFE-DES-004"))
                .body("retentionUntil", equalTo("2020-05-31"))
                .body("reasons[0].messageEn", equalTo("Within retention: restrict processing; else delete"));
        decide(ServiceRequests.deletion().put("requestDate", "2020-06-01")).statusCode(200)
                .body("decision", equalTo("PERMIT")).body("ruleId", equalTo("LIFE-DES-004"));
    }

    @Test
    void lifeDes001IndependentApproval() {
        expect(ServiceRequests.destruction().put("approverId", "records-1"), "DENY", "LIFE-DES-001");
        ObjectNode none = ServiceRequests.destruction();
        none.remove("approverId");
        decide(none).statusCode(200).body("ruleId", equalTo("LIFE-DES-001"))
                .body("reasons[0].messageZh", equalTo("资料销毁须经审核批准(申请人不得自批)"));
        expect(ServiceRequests.deletion().put("approverId", "records-1"), "DENY", "LIFE-DES-001");
    }

    @Test
    void lifeDes003DestructionIsRecordedAndReadByAnAuditor() throws SQLException {
        String customerId = "C-DES-" + System.nanoTime();
        ObjectNode r = ServiceRequests.destruction();
        customer(r).put("customerId", customerId);
        String decisionId = decide(r).statusCode(200).body("ruleId", equalTo("LIFE-DES-003")).extract()
                .path("decisionId");
        given().header(Tokens.as("audit", Roles.AUDITOR)).queryParam("customerId", customerId)
                .when().get("/api/v1/lifecycle/destructions").then().statusCode(200)
                .body("$", hasSize(1)).body("[0].decisionId", equalTo(decisionId))
                .body("[0].customerHash", equalTo(hasher.hash(customerId)))
                .body("[0].approverHash", equalTo(hasher.hash("records-boss")))
                .body("[0].retentionUntil", equalTo("2020-05-31"));
        String row = rowText("select * from service_destruction_record where decision_id = ?", decisionId);
        assertTrue(!row.contains(customerId) && !row.contains("records-boss"), row);
        assertThrows(SQLException.class, () -> update(
                "delete from service_destruction_record where decision_id = '" + decisionId + "'"));
        // a restricted deletion request is not a destruction
        ObjectNode restricted = ServiceRequests.deletion().put("requestDate", "2019-01-01");
        customer(restricted).put("customerId", customerId);
        decide(restricted).statusCode(200).body("decision", equalTo("RESTRICT"));
        given().header(Tokens.as("audit", Roles.AUDITOR)).queryParam("customerId", customerId)
                .when().get("/api/v1/lifecycle/destructions").then().statusCode(200).body("$", hasSize(1));
    }

    // ---- audit and errors

    @Test
    void everyDecisionIsAuditedWithHashedIdentifiersOnly() throws SQLException {
        String policyNo = "P-AUDIT-" + System.nanoTime();
        ObjectNode r = ServiceRequests.loan().put("signedByApplicant", false);
        policy(r).put("policyNo", policyNo);
        String id = decide(r).statusCode(200).extract().path("decisionId");
        audit.flush(Duration.ofSeconds(5));
        String row = rowText("select * from decision_audit where decision_id = ?", id);
        assertTrue(row.contains("service") && row.contains("DENY") && row.contains("GATE-MOB-005")
                && row.contains(hasher.hash(policyNo)) && !row.contains(policyNo), row);
    }

    @Test
    void missingOrMistypedFieldsAre400WithTheirPaths() {
        ObjectNode r = ServiceRequests.loan();
        r.remove("requestDate");
        policy(r).put("keyInfoComplete", "yes").put("insuredBirthDate", "2008-13-01");
        given().contentType(ContentType.JSON).body(r.toString()).when().post(URL).then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("requestDate"))
                .body("errors.field", hasItem("policy.keyInfoComplete"))
                .body("errors.field", hasItem("policy.insuredBirthDate"));
        ObjectNode cb = attempt(ServiceRequests.callback(), "2026-06-05", "13800138000", true, true);
        ((ObjectNode) cb.get("attempts").get(0)).remove("identityVerified");
        given().contentType(ContentType.JSON).body(cb.toString()).when().post(URL).then().statusCode(400)
                .body("errors.field", hasItem("attempts[0].identityVerified"));
        ObjectNode change = ServiceRequests.contactChange().put("submittedBy", "BROKER");
        change.remove("approvals");
        given().contentType(ContentType.JSON).body(change.toString()).when().post(URL).then().statusCode(400)
                .body("errors.field", hasItem("submittedBy")).body("errors.field", hasItem("approvals"));
        ObjectNode del = ServiceRequests.deletion();
        customer(del).remove("lastContractTerminationDate");
        given().contentType(ContentType.JSON).body(del.toString()).when().post(URL).then().statusCode(400)
                .body("errors.field", hasItem("customer.lastContractTerminationDate"));
        given().contentType(ContentType.JSON).body("{\"type\":\"CALLBACK\",\"policy\":[]}").when().post(URL).then()
                .statusCode(400).body("errors.field", hasItem("policy")).body("errors.field", hasItem("asOfDate"));
        given().contentType(ContentType.JSON).body("{\"type\":").when().post(URL).then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
        given().contentType(ContentType.JSON).body("[]").when().post(URL).then().statusCode(400);
    }

    @Test
    void unknownTypeIs400ListingTheKnownOnes() {
        given().contentType(ContentType.JSON).body("{\"type\":\"SURRENDER\"}").when().post(URL).then()
                .statusCode(400).body("errors[0].field", equalTo("type"))
                .body("errors[0].message", containsString("POLICY_LOAN"))
                .body("errors[0].message", containsString("CUSTOMER_DELETION_REQUEST"));
        given().contentType(ContentType.JSON).body("{}").when().post(URL).then()
                .statusCode(400).body("errors[0].field", equalTo("type"));
    }

    private String rowText(String sql, String id) throws SQLException {
        audit.flush(Duration.ofSeconds(5));
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "no row for " + id);
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    sb.append(rs.getString(i)).append('|');
                }
                return sb.toString();
            }
        }
    }

    private void update(String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
