package cn.lifeinfo.compliance.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Well-formed service requests that pass every check (PERMIT / COMPLETED), for tests to spoil one field at a time. */
public final class ServiceRequests {

    public static final ObjectMapper JSON = new ObjectMapper();

    private ServiceRequests() {
    }

    public static ObjectNode loan() {
        ObjectNode r = JSON.createObjectNode().put("type", "POLICY_LOAN").put("requestDate", "2026-06-01")
                .put("channel", "MOBILE").put("applicantRole", "POLICYHOLDER").put("customerAuthenticated", true)
                .put("signedByApplicant", true);
        r.putObject("policy").put("policyNo", "P-SVC-1").put("status", "IN_FORCE").put("hasLoanFeature", true)
                .put("annuityStarted", false).put("policyholderIsInsured", true).put("guardianship", false)
                .put("insuredBirthDate", "1980-03-15").put("longTermLoanAuthorization", false)
                .put("keyInfoComplete", true).put("customerIdExpired", false);
        return r;
    }

    /** The insured claims his own survival benefit. */
    public static ObjectNode survival() {
        ObjectNode r = loan().put("type", "SURVIVAL_BENEFIT").put("applicantRole", "INSURED");
        policy(r).put("policyholderIsInsured", false);
        return r;
    }

    public static ObjectNode contactChange() {
        ObjectNode r = JSON.createObjectNode().put("type", "CONTACT_CHANGE").put("requestDate", "2026-06-01")
                .put("submittedBy", "POLICYHOLDER").put("requesterId", "clerk-1").put("policyNo", "P-SVC-2")
                .put("newMobile", "13800138000").put("oldMobile", "13900139000");
        r.putArray("agentPhones").add("13700137000");
        r.putArray("approvals").add("manager-1");
        r.putArray("supportingDocuments");
        return r;
    }

    public static ObjectNode identityChange() {
        ObjectNode r = contactChange().put("type", "IDENTITY_CHANGE");
        r.remove("newMobile");
        r.putArray("approvals").add("manager-1").add("manager-2");
        r.putArray("supportingDocuments").add("户口簿变更页");
        return r;
    }

    /** Received 2026-06-01: with 15 days the cooling-off period ends on 2026-06-16. */
    public static ObjectNode callback() {
        ObjectNode r = JSON.createObjectNode().put("type", "CALLBACK").put("asOfDate", "2026-06-10");
        r.putObject("policy").put("policyNo", "P-SVC-3").put("termOverOneYear", true)
                .put("policyReceiptDate", "2026-06-01").put("coolingOffDays", 15).put("phoneOnFile", "13800138000");
        r.putArray("attempts");
        return r;
    }

    public static ObjectNode attempt(ObjectNode callback, String date, String number, boolean connected,
                                     boolean verified) {
        ((ArrayNode) callback.get("attempts")).addObject().put("date", date).put("numberDialed", number)
                .put("connected", connected).put("identityVerified", verified);
        return callback;
    }

    /** Terminated 2010-05-31 (long-term): retention ends 2020-05-31. */
    public static ObjectNode destruction() {
        ObjectNode r = JSON.createObjectNode().put("type", "DATA_DESTRUCTION").put("requestDate", "2026-06-01")
                .put("requesterId", "records-1").put("approverId", "records-boss");
        r.putObject("customer").put("customerId", "C-SVC-1").put("hasInForcePolicy", false).put("legalHold", false)
                .put("lastContractTerminationDate", "2010-05-31").put("businessRelationshipEndDate", "2010-05-31")
                .put("longestTermOverOneYear", true);
        return r;
    }

    public static ObjectNode deletion() {
        return destruction().put("type", "CUSTOMER_DELETION_REQUEST");
    }

    public static ObjectNode policy(ObjectNode r) {
        return (ObjectNode) r.get("policy");
    }

    public static ObjectNode customer(ObjectNode r) {
        return (ObjectNode) r.get("customer");
    }
}
