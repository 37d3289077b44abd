package cn.lifeinfo.compliance.access;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static cn.lifeinfo.compliance.access.AccessRequests.agent;
import static cn.lifeinfo.compliance.access.AccessRequests.as;
import static cn.lifeinfo.compliance.access.AccessRequests.fields;
import static cn.lifeinfo.compliance.access.AccessRequests.ticket;
import static cn.lifeinfo.compliance.access.AccessRequests.underwriter;
import static cn.lifeinfo.compliance.access.AccessRequests.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every ACC rule over HTTP: that it fires, and that catalog §3.4's order decides when two could fire. */
@QuarkusTest
class AccessResourceTest {

    static JsonPath decide(ObjectNode request) {
        return given().contentType(ContentType.JSON).body(request.toString())
                .when().post("/api/v1/decisions/access")
                .then().statusCode(200).extract().jsonPath();
    }

    static void denied(ObjectNode request, String ruleId) {
        JsonPath d = decide(request);
        assertEquals("DENY", d.getString("decision"), () -> "expected DENY by " + ruleId + ", got " + d.prettify());
        assertEquals(ruleId, d.getString("ruleId"), d::prettify);
        assertEquals(ruleId, d.getString("reasons[0].ruleId"));
        assertEquals(List.of(), d.getList("mask"));
    }

    static JsonPath permitted(ObjectNode request, String ruleId, List<String> mask) {
        JsonPath d = decide(request);
        assertEquals("PERMIT", d.getString("decision"), d::prettify);
        assertEquals(ruleId, d.getString("ruleId"), d::prettify);
        assertEquals(mask, d.getList("mask"), d::prettify);
        return d;
    }

    // ---- response shape -------------------------------------------------------------------------------------

    @Test
    void permitWithMaskHasTheApiShape() {
        given().contentType(ContentType.JSON).body(agent().toString())
                .when().post("/api/v1/decisions/access")
                .then().statusCode(200)
                .body("decisionId", matchesPattern("[0-9A-HJKMNP-TV-Z]{26}"))
                .body("rulesetVersion", startsWith("access@"))
                .body("decision", equalTo("PERMIT"))
                .body("ruleId", equalTo("ACC-MASK-001"))
                .body("reasons", hasSize(1))
                .body("reasons[0].ruleId", equalTo("ACC-MASK-001"))
                .body("reasons[0].messageZh", equalTo("按最小必要原则脱敏展示"))
                .body("reasons[0].messageEn", equalTo("Display masked per minimum-necessary principle"))
                .body("mask", equalTo(List.of("idNumber")))
                .body("evaluatedAt", matchesPattern("\\d{4}-\\d\\d-\\d\\dT.*Z"));
    }

    @Test
    void denyCarriesTheCatalogReasons() {
        JsonPath d = decide(with(agent(), "subject.employmentStatus", "RESIGNED"));
        assertEquals("ACC-SUBJ-001", d.getString("ruleId"));
        assertEquals(Map.of("ruleId", "ACC-SUBJ-001", "messageZh", "离职或停职人员不得接触客户信息",
                "messageEn", "Departed or suspended personnel may not access customer information"), d.getMap("reasons[0]"));
    }

    // ---- common prefix: SUBJ → PROH-001 → ROLE → PROH-002 → ACT (DELETE) ------------------------------------

    @Test
    void inactiveSubjectsAreDenied() {
        for (String status : new String[]{"SUSPENDED", "TERMINATED", "RESIGNED"}) {
            denied(with(agent(), "subject.employmentStatus", status), "ACC-SUBJ-001");
        }
        denied(with(agent(), "subject.employmentStatus", null), "ACC-SUBJ-001");
    }

    @Test
    void inactiveSubjectComesBeforeSelling() {
        ObjectNode r = with(agent(), "action", "SELL");
        denied(with(r, "subject.employmentStatus", "TERMINATED"), "ACC-SUBJ-001");
    }

    @Test
    void sellingIsAlwaysDeniedEvenForAnUnknownRole() {
        denied(with(as("COMPLIANCE_AUDITOR", "AUDIT"), "action", "SELL"), "ACC-PROH-001");
        denied(with(as("DATA_BROKER", "AUDIT"), "action", "SELL"), "ACC-PROH-001");
    }

    @Test
    void unknownOrMissingRoleIsADenyNotA400() {
        denied(as("JANITOR", "SALES_SERVICE"), "ACC-ROLE-001");
        denied(with(agent(), "subject.role", null), "ACC-ROLE-001");
    }

    @Test
    void unknownRoleComesBeforeExternalSharing() {
        denied(with(as("JANITOR", "AML"), "action", "SHARE_EXTERNAL"), "ACC-ROLE-001");
    }

    @Test
    void externalSharingNeedsRegulatoryReportLegalBasisAndAnAmlOrComplianceRole() {
        ObjectNode aml = with(as("AML_OFFICER", "AML"), "action", "SHARE_EXTERNAL");
        with(aml, "context.legalBasisRef", "反洗钱法第X条");
        denied(aml, "ACC-PROH-002");                                      // purpose not REGULATORY_REPORT
        ObjectNode noBasis = with(as("AML_OFFICER", "REGULATORY_REPORT"), "action", "SHARE_EXTERNAL");
        denied(noBasis, "ACC-PROH-002");                                  // no legal basis
        ObjectNode agentShares = with(with(agent(), "action", "SHARE_EXTERNAL"), "purpose", "REGULATORY_REPORT");
        denied(with(agentShares, "context.legalBasisRef", "X"), "ACC-PROH-002"); // not an AML/compliance role
        permitted(with(noBasis, "context.legalBasisRef", "反洗钱法第X条"), "ACC-PERMIT", List.of());
    }

    @Test
    void externalSharingComesBeforeThePurposeCheck() {
        denied(with(with(agent(), "action", "SHARE_EXTERNAL"), "purpose", "PERSONAL"), "ACC-PROH-002");
    }

    @Test
    void deleteIsDeniedForEveryRoleBeforeThePurposeCheck() {
        denied(with(as("COMPLIANCE_AUDITOR", "AUDIT"), "action", "DELETE"), "ACC-ACT-001");
        denied(with(with(agent(), "action", "DELETE"), "purpose", "PERSONAL"), "ACC-ACT-001");
    }

    // ---- third-party path: TP-001 → ACT → FIELD → TP-002 → PERMIT --------------------------------------------

    static ObjectNode vendor() {
        ObjectNode r = as("THIRD_PARTY_VENDOR", "CALLBACK");
        with(r, "subject.orgType", "THIRD_PARTY");
        ObjectNode ctx = (ObjectNode) r.get("context");
        ObjectNode agreement = ctx.putObject("dataSharingAgreement");
        agreement.put("id", "DSA-7");
        agreement.putArray("purposes").add("CALLBACK");
        agreement.putArray("fields").add("name").add("mobile").add("idNumber").add("healthDeclaration");
        ctx.putObject("customerConsent").put("thirdPartySharing", true).put("marketing", false)
                .put("sensitiveSeparate", false);
        return r;
    }

    @Test
    void thirdPartyWithinAgreementAndConsentIsPermittedUnmasked() {
        permitted(vendor(), "ACC-PERMIT", List.of());
    }

    @Test
    void thirdPartyNeedsAnAgreementCoveringThePurposeAndConsent() {
        denied(with(vendor(), "context.dataSharingAgreement", null), "ACC-TP-001");
        denied(with(vendor(), "purpose", "MARKETING"), "ACC-TP-001");
        denied(with(vendor(), "context.customerConsent.thirdPartySharing", false), "ACC-TP-001");
    }

    @Test
    void thirdPartyPathSkipsTheStaffPurposeAndScopeChecks() {
        // the vendor role lists no purposes of its own and has no ownership scope: only the agreement counts
        ObjectNode r = with(vendor(), "resource.servicingAgentCode", "SOMEONE-ELSE");
        permitted(r, "ACC-PERMIT", List.of());
    }

    @Test
    void thirdPartyAgreementComesBeforeTheAction() {
        denied(with(with(vendor(), "action", "UPDATE"), "context.dataSharingAgreement", null), "ACC-TP-001");
        denied(with(vendor(), "action", "UPDATE"), "ACC-ACT-001");
        denied(with(vendor(), "action", "EXPORT"), "ACC-ACT-001"); // not EXP-001 on this path
    }

    @Test
    void thirdPartyFieldsOutsideTheAgreementAreDenied() {
        denied(fields(vendor(), "name", "bankAccount"), "ACC-FIELD-001");
    }

    @Test
    void thirdPartyActionComesBeforeFields() {
        denied(fields(with(vendor(), "action", "UPDATE"), "name", "bankAccount"), "ACC-ACT-001");
    }

    @Test
    void thirdPartySensitiveDataNeedsSeparateConsent() {
        ObjectNode r = fields(vendor(), "name", "healthDeclaration");
        denied(r, "ACC-TP-002");
        permitted(with(r, "context.customerConsent.sensitiveSeparate", true), "ACC-PERMIT", List.of());
    }

    @Test
    void thirdPartyFieldOutsideAgreementComesBeforeSeparateConsent() {
        denied(fields(vendor(), "healthDeclaration", "medicalRecords"), "ACC-FIELD-001");
    }

    @Test
    void everythingAboutAnUnder14IsSensitiveForAThirdParty() {
        ObjectNode r = with(fields(vendor(), "name", "mobile"), "resource.dataSubjectAge", 12);
        denied(r, "ACC-TP-002");
    }

    // ---- other roles: PURP → EXP/ACT → SCOPE → SCOPE-002 → TICKET → APPR → CONS-002 → MINOR → CONS-001 → FIELD

    @Test
    void purposeMustBeInTheRolesList() {
        denied(with(agent(), "purpose", "CLAIMS"), "ACC-PURP-001");
        denied(with(agent(), "purpose", "PERSONAL"), "ACC-PURP-001");
        denied(as("COMPLIANCE_AUDITOR", "PERSONAL"), "ACC-PURP-001");
    }

    @Test
    void purposeComesBeforeExportAndScope() {
        denied(with(with(agent(), "action", "EXPORT"), "purpose", "MARKETING"), "ACC-PURP-001");
        denied(with(with(agent(), "purpose", "CLAIMS"), "resource.servicingAgentCode", "A999"), "ACC-PURP-001");
    }

    @Test
    void exportOnlyByAmlOrComplianceWithApproval() {
        denied(with(agent(), "action", "EXPORT"), "ACC-EXP-001");
        denied(with(as("AML_OFFICER", "AML"), "action", "EXPORT"), "ACC-EXP-001");
        permitted(with(with(as("AML_OFFICER", "AML"), "action", "EXPORT"), "context.approvalId", "APR-1"),
                "ACC-PERMIT", List.of());
    }

    @Test
    void otherActionsMustBeAllowedForTheRole() {
        denied(with(agent(), "action", "UPDATE"), "ACC-ACT-001");
    }

    @Test
    void actionComesBeforeScope() {
        denied(with(with(agent(), "action", "UPDATE"), "resource.servicingAgentCode", "A999"), "ACC-ACT-001");
        denied(with(with(agent(), "action", "EXPORT"), "resource.servicingAgentCode", "A999"), "ACC-EXP-001");
    }

    @Test
    void agentSeesOnlyOwnCustomers() {
        denied(with(agent(), "resource.servicingAgentCode", "A999"), "ACC-SCOPE-001");
        denied(with(agent(), "subject.agentCode", null), "ACC-SCOPE-001");
    }

    @Test
    void teamLeaderSeesTheTeamsCustomers() {
        ObjectNode r = as("AGENT_TEAM_LEADER", "SALES_SERVICE");
        with(r, "subject.agentCode", "L01");
        denied(r, "ACC-SCOPE-001");
        with(r, "subject.teamAgentCodes", List.of("A002", "A001"));
        permitted(r, "ACC-MASK-001", List.of("mobile", "idNumber"));
    }

    @Test
    void outletAndIntermediaryStaffSeeTheirOwnBusiness() {
        ObjectNode outlet = as("BANK_OUTLET_STAFF", "SALES_SERVICE");
        denied(with(outlet, "subject.outletCode", "O99"), "ACC-SCOPE-001");
        permitted(with(outlet, "subject.outletCode", "O01"), "ACC-MASK-001", List.of("mobile", "idNumber"));
        ObjectNode org = as("INTERMEDIARY_STAFF", "POLICY_SERVICE");
        denied(with(org, "subject.orgId", "ORG9"), "ACC-SCOPE-001");
        permitted(with(org, "subject.orgId", "ORG1"), "ACC-MASK-001", List.of("idNumber"));
    }

    @Test
    void scopeComesBeforeFields() {
        denied(fields(with(agent(), "resource.servicingAgentCode", "A999"), "healthDeclaration"), "ACC-SCOPE-001");
    }

    @Test
    void branchScopedRolesNeedABranchPrefix() {
        denied(with(underwriter(), "subject.branchCode", "3302"), "ACC-SCOPE-002");
        denied(with(underwriter(), "resource.branchCode", null), "ACC-SCOPE-002");
        permitted(with(underwriter(), "subject.branchCode", "3301"), "ACC-PERMIT", List.of());
        permitted(with(underwriter(), "subject.branchCode", "00"), "ACC-PERMIT", List.of());
    }

    @Test
    void branchComesBeforeTicket() {
        ObjectNode r = with(underwriter(), "subject.branchCode", "3302");
        denied(with(r, "context.ticket", null), "ACC-SCOPE-002");
    }

    @Test
    void operationalRolesNeedATicketOfTheRightTypeForThatPolicy() {
        denied(with(underwriter(), "context.ticket", null), "ACC-TICKET-001");
        denied(with(underwriter(), "context.ticket.policyNo", "P0002"), "ACC-TICKET-001");
        denied(with(underwriter(), "context.ticket.type", "CLAIM"), "ACC-TICKET-001");
        ObjectNode claims = ticket(with(as("CLAIMS_ADJUSTER", "CLAIMS"), "subject.branchCode", "33"), "CLAIM", "P0001");
        permitted(claims, "ACC-PERMIT", List.of());
        ObjectNode callback = as("CALLBACK_AGENT", "CALLBACK");
        denied(callback, "ACC-TICKET-001");
        permitted(ticket(callback, "CALLBACK", "P0001"), "ACC-MASK-001", List.of("idNumber"));
    }

    static ObjectNode operations() {
        ObjectNode r = with(as("OPERATIONS", "POLICY_SERVICE"), "subject.branchCode", "3301");
        return ticket(with(r, "action", "UPDATE"), "POLICY_SERVICE", "P0001");
    }

    @Test
    void ticketComesBeforeApproval() {
        denied(with(operations(), "context.ticket", null), "ACC-TICKET-001");
    }

    @Test
    void approvalAlwaysForAuditorsAndItSupport() {
        denied(as("COMPLIANCE_AUDITOR", "AUDIT"), "ACC-APPR-001");
        permitted(with(as("COMPLIANCE_AUDITOR", "AUDIT"), "context.approvalId", "APR-9"), "ACC-PERMIT", List.of());
        denied(as("IT_SUPPORT", "SYSTEM_MAINTENANCE"), "ACC-APPR-001");
        permitted(with(as("IT_SUPPORT", "SYSTEM_MAINTENANCE"), "context.approvalId", "APR-9"), "ACC-MASK-001",
                List.of("name", "mobile", "idNumber"));
    }

    @Test
    void updatingIdentityFieldsNeedsApproval() {
        denied(operations(), "ACC-APPR-001");                            // idNumber is IDENTITY
        permitted(with(operations(), "context.approvalId", "APR-3"), "ACC-PERMIT", List.of());
        permitted(fields(operations(), "mobile", "address"), "ACC-PERMIT", List.of()); // CONTACT: no approval
    }

    @Test
    void approvalComesBeforeFields() {
        denied(fields(as("IT_SUPPORT", "SYSTEM_MAINTENANCE"), "bankAccount"), "ACC-APPR-001");
    }

    @Test
    void customerServiceVerifiesTheCallerFirst() {
        denied(as("CUSTOMER_SERVICE", "CUSTOMER_SERVICE"), "ACC-CONS-002");
        denied(fields(as("CUSTOMER_SERVICE", "CUSTOMER_SERVICE"), "bankAccount"), "ACC-CONS-002"); // before FIELD-001
        permitted(with(as("CUSTOMER_SERVICE", "CUSTOMER_SERVICE"), "context.callerVerified", true), "ACC-MASK-001",
                List.of("mobile", "idNumber"));
    }

    static ObjectNode marketing() {
        ObjectNode r = fields(as("MARKETING_STAFF", "MARKETING"), "name", "productName", "mobile");
        return with(r, "context.customerConsent", Map.of("marketing", true));
    }

    @Test
    void marketingOnAnUnder14IsDeniedBeforeConsent() {
        permitted(marketing(), "ACC-PERMIT", List.of());
        denied(with(marketing(), "resource.dataSubjectAge", 13), "ACC-MINOR-001");
        ObjectNode noConsent = with(marketing(), "context.customerConsent", null);
        denied(with(noConsent, "resource.dataSubjectAge", 10), "ACC-MINOR-001");
        permitted(with(marketing(), "resource.dataSubjectAge", 14), "ACC-PERMIT", List.of());
    }

    @Test
    void marketingNeedsConsentBeforeFieldsAreChecked() {
        denied(with(marketing(), "context.customerConsent.marketing", false), "ACC-CONS-001");
        ObjectNode r = fields(with(marketing(), "context.customerConsent", null), "name", "idNumber");
        denied(r, "ACC-CONS-001");
    }

    @Test
    void fieldsOutsideTheRolesLevelsAreDenied() {
        denied(fields(agent(), "name", "healthDeclaration"), "ACC-FIELD-001");
        denied(fields(agent(), "name", "idImage"), "ACC-FIELD-001");
        denied(fields(agent(), "salary"), "ACC-FIELD-001");              // not in the field classes
        denied(fields(marketing(), "name", "email"), "ACC-FIELD-001");   // marketing sees name, productName, mobile
        denied(fields(underwriter(), "facePhoto"), "ACC-FIELD-001");     // BIOMETRIC: no role by default
    }

    // ---- masks and minors -----------------------------------------------------------------------------------

    @Test
    void maskedLevelsAreListedInRequestOrder() {
        permitted(fields(agent(), "bankAccount", "address", "idNumber", "name"), "ACC-MASK-001",
                List.of("bankAccount", "idNumber"));
        ObjectNode cb = ticket(fields(as("CALLBACK_AGENT", "CALLBACK"), "address", "mobile", "birthDate"),
                "CALLBACK", "P0001");
        permitted(cb, "ACC-MASK-001", List.of("address"));
    }

    @Test
    void minorsGetExtraMasksForFrontLineRoles() {
        ObjectNode r = fields(with(agent(), "resource.dataSubjectAge", 9), "name", "idNumber", "birthDate", "address",
                "mobile");
        permitted(r, "ACC-MASK-001", List.of("idNumber", "birthDate", "address"));
        ObjectNode uw = fields(with(underwriter(), "resource.dataSubjectAge", 9), "idNumber", "birthDate", "address");
        permitted(uw, "ACC-PERMIT", List.of());                           // not a front-line role
    }

    @Test
    void permitWithoutMaskIsAccPermit() {
        JsonPath d = permitted(fields(underwriter(), "name", "idNumber", "healthDeclaration", "bankAccount"),
                "ACC-MASK-001", List.of("bankAccount"));
        assertEquals("PERMIT", d.getString("decision"));
        given().contentType(ContentType.JSON).body(fields(underwriter(), "name", "idImage").toString())
                .when().post("/api/v1/decisions/access")
                .then().statusCode(200).body("ruleId", equalTo("ACC-PERMIT")).body("mask", empty())
                .body("reasons[0].messageEn", equalTo("Access permitted"));
    }

    // ---- bad input ------------------------------------------------------------------------------------------

    static void badRequest(String body, String field) {
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/decisions/access")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", org.hamcrest.Matchers.hasItem(field));
    }

    @Test
    void missingOrUnknownItemsAre400WithTheFieldPath() {
        badRequest(with(agent(), "subject", null).toString(), "subject");
        badRequest(with(agent(), "subject.userId", null).toString(), "subject.userId");
        badRequest(with(agent(), "action", "PRINT").toString(), "action");
        badRequest(with(agent(), "action", null).toString(), "action");
        badRequest(with(agent(), "purpose", "FUN").toString(), "purpose");
        badRequest(with(agent(), "resource", null).toString(), "resource");
        badRequest(fields(agent()).toString(), "resource.fields");
        badRequest(with(agent(), "resource.dataSubjectAge", "nine").toString(), "resource.dataSubjectAge");
        badRequest(with(agent(), "resource.fields", "name").toString(), "resource.fields");
        badRequest(with(agent(), "context.callerVerified", "maybe").toString(), "context.callerVerified");
    }

    @Test
    void notJsonOrNotAnObjectIs400() {
        given().contentType(ContentType.JSON).body("{not json")
                .when().post("/api/v1/decisions/access").then().statusCode(400)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("[1,2]")
                .when().post("/api/v1/decisions/access").then().statusCode(400)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("null")
                .when().post("/api/v1/decisions/access").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
