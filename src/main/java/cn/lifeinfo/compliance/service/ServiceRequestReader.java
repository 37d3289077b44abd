package cn.lifeinfo.compliance.service;

import cn.lifeinfo.compliance.common.FieldError;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a service request from its JSON body, field by field, so that every missing or mistyped field is reported
 * with its path (400) and the rules only ever see a complete request. Optional fields (API.md's {@code ?}) may be
 * absent or null.
 */
public final class ServiceRequestReader {

    public static final List<String> TYPES = List.of("POLICY_LOAN", "SURVIVAL_BENEFIT", "CONTACT_CHANGE",
            "IDENTITY_CHANGE", "CALLBACK", "DATA_DESTRUCTION", "CUSTOMER_DELETION_REQUEST");
    static final Set<String> APPLICANT_ROLES = Set.of("POLICYHOLDER", "INSURED");
    static final Set<String> SUBMITTERS = Set.of("POLICYHOLDER", "INSURED", "AGENT");
    static final int MAX_TEXT = 200;
    static final int MAX_LIST = 100;

    /** The request, or the problems that keep it from being decided. */
    public record Result(ServiceRequest request, List<FieldError> errors) {
    }

    private final List<FieldError> errors = new ArrayList<>();

    private ServiceRequestReader() {
    }

    public static Result read(JsonNode body) {
        ServiceRequestReader r = new ServiceRequestReader();
        if (body == null || !body.isObject()) {
            r.errors.add(new FieldError("", "the body must be a JSON object holding one service request"));
            return new Result(null, r.errors);
        }
        String type = r.text(body, "", "type", true);
        if (type == null) {
            return new Result(null, r.errors);
        }
        if (!TYPES.contains(type)) {
            r.errors.add(new FieldError("type", "unknown type; expected one of " + TYPES));
            return new Result(null, r.errors);
        }
        ServiceRequest request = switch (type) {
            case "POLICY_LOAN", "SURVIVAL_BENEFIT" -> r.mobile(type, body);
            case "CONTACT_CHANGE", "IDENTITY_CHANGE" -> r.change(type, body);
            case "CALLBACK" -> r.callback(body);
            default -> r.lifecycle(type, body);
        };
        return r.errors.isEmpty() ? new Result(request, List.of()) : new Result(null, r.errors);
    }

    private ServiceRequest mobile(String type, JsonNode b) {
        boolean loan = type.equals("POLICY_LOAN");
        LocalDate requestDate = date(b, "", "requestDate", true);
        String channel = text(b, "", "channel", false);
        String role = oneOf(b, "", "applicantRole", APPLICANT_ROLES);
        boolean authenticated = bool(b, "", "customerAuthenticated", true);
        boolean signed = bool(b, "", "signedByApplicant", true);
        JsonNode p = object(b, "", "policy", true);
        ServiceRequest.IdDocument doc = null;
        JsonNode d = object(b, "", "applicantIdDocument", false);
        if (d != null) {
            doc = new ServiceRequest.IdDocument(text(d, "applicantIdDocument.", "type", true),
                    date(d, "applicantIdDocument.", "validFrom", false),
                    text(d, "applicantIdDocument.", "validUntil", false),
                    date(d, "applicantIdDocument.", "registrationDate", false));
        }
        if (p == null) {
            return null;
        }
        String at = "policy.";
        // the loan-only flags are required for a loan; a survival benefit may leave them out
        return new ServiceRequest.Mobile(type, requestDate, channel, role, authenticated, signed,
                text(p, at, "policyNo", false), text(p, at, "status", true), bool(p, at, "hasLoanFeature", loan),
                bool(p, at, "annuityStarted", loan), bool(p, at, "policyholderIsInsured", true),
                bool(p, at, "guardianship", true), date(p, at, "insuredBirthDate", true),
                bool(p, at, "longTermLoanAuthorization", loan), bool(p, at, "keyInfoComplete", true),
                bool(p, at, "customerIdExpired", false), doc);
    }

    private ServiceRequest change(String type, JsonNode b) {
        LocalDate requestDate = date(b, "", "requestDate", true);
        String submittedBy = oneOf(b, "", "submittedBy", SUBMITTERS);
        boolean authorized = false;
        JsonNode auth = object(b, "", "customerAuthorization", false);
        if (auth != null) {
            String t = text(auth, "customerAuthorization.", "type", true);
            String ref = text(auth, "customerAuthorization.", "reference", true);
            authorized = t != null && ref != null;
        }
        String requester = text(b, "", "requesterId", true);
        List<String> approvals = texts(b, "approvals", true);
        JsonNode docs = b.get("supportingDocuments");
        int documents = 0;
        if (docs == null || docs.isNull()) {
            errors.add(new FieldError("supportingDocuments", "required"));
        } else if (!docs.isArray()) {
            errors.add(new FieldError("supportingDocuments", "must be an array"));
        } else if (docs.size() > MAX_LIST) {
            errors.add(new FieldError("supportingDocuments", "at most " + MAX_LIST + " items"));
        } else {
            for (int i = 0; i < docs.size(); i++) {
                JsonNode doc = docs.get(i);
                if (doc.isNull() || (doc.isTextual() && doc.asText().isBlank())) {
                    errors.add(new FieldError("supportingDocuments[" + i + "]", "must not be empty"));
                } else {
                    documents++;
                }
            }
        }
        bool(b, "", "policyKeyInfoComplete", false); // typed if given; a change is the correction itself (§4.5)
        return new ServiceRequest.Change(type, requestDate, text(b, "", "channel", false), submittedBy, authorized,
                requester, text(b, "", "policyNo", false), text(b, "", "newMobile", false),
                text(b, "", "oldMobile", false), texts(b, "agentPhones", false), approvals, documents);
    }

    private ServiceRequest callback(JsonNode b) {
        LocalDate asOf = date(b, "", "asOfDate", true);
        JsonNode p = object(b, "", "policy", true);
        List<ServiceRequest.Attempt> attempts = new ArrayList<>();
        JsonNode list = b.get("attempts");
        if (list == null || list.isNull()) {
            errors.add(new FieldError("attempts", "required (an empty array when nobody was called yet)"));
        } else if (!list.isArray()) {
            errors.add(new FieldError("attempts", "must be an array"));
        } else if (list.size() > MAX_LIST) {
            errors.add(new FieldError("attempts", "at most " + MAX_LIST + " attempts"));
        } else {
            for (int i = 0; i < list.size(); i++) {
                String at = "attempts[" + i + "].";
                JsonNode a = list.get(i);
                if (!a.isObject()) {
                    errors.add(new FieldError("attempts[" + i + "]", "must be an object"));
                    continue;
                }
                attempts.add(new ServiceRequest.Attempt(date(a, at, "date", true), text(a, at, "numberDialed", true),
                        bool(a, at, "connected", true), bool(a, at, "identityVerified", true)));
            }
        }
        if (p == null) {
            return null;
        }
        String at = "policy.";
        Integer days = null;
        JsonNode d = p.get("coolingOffDays");
        if (d != null && !d.isNull()) {
            if (!d.canConvertToInt() || !d.isIntegralNumber() || d.asInt() < 1 || d.asInt() > 366) {
                errors.add(new FieldError("policy.coolingOffDays", "must be a whole number of days from 1 to 366"));
            } else {
                days = d.asInt();
            }
        }
        return new ServiceRequest.Callback("CALLBACK", asOf, text(b, "", "channel", false),
                text(p, at, "policyNo", false), bool(p, at, "termOverOneYear", true),
                date(p, at, "policyReceiptDate", true), days, text(p, at, "phoneOnFile", true), attempts);
    }

    private ServiceRequest lifecycle(String type, JsonNode b) {
        LocalDate requestDate = date(b, "", "requestDate", true);
        String requester = text(b, "", "requesterId", true);
        String approver = text(b, "", "approverId", false);
        JsonNode c = object(b, "", "customer", true);
        if (c == null) {
            return null;
        }
        String at = "customer.";
        boolean inForce = bool(c, at, "hasInForcePolicy", true);
        // a customer with a policy in force has no termination yet: the dates are required once all have ended
        return new ServiceRequest.Lifecycle(type, requestDate, text(b, "", "channel", false), requester, approver,
                text(c, at, "customerId", false), inForce, bool(c, at, "legalHold", true),
                date(c, at, "lastContractTerminationDate", !inForce),
                date(c, at, "businessRelationshipEndDate", !inForce), bool(c, at, "longestTermOverOneYear", true),
                date(c, at, "disputeEndDate", false));
    }

    // ---- typed field access, recording every problem with its path

    private String text(JsonNode node, String prefix, String name, boolean required) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            if (required) {
                errors.add(new FieldError(prefix + name, "required"));
            }
            return null;
        }
        if (!v.isTextual()) {
            errors.add(new FieldError(prefix + name, "must be a string"));
            return null;
        }
        String s = v.asText().trim();
        if (s.isEmpty()) {
            if (required) {
                errors.add(new FieldError(prefix + name, "required"));
            }
            return null;
        }
        if (s.length() > MAX_TEXT) {
            errors.add(new FieldError(prefix + name, "at most " + MAX_TEXT + " characters"));
            return null;
        }
        return s;
    }

    private String oneOf(JsonNode node, String prefix, String name, Set<String> values) {
        String s = text(node, prefix, name, true);
        if (s != null && !values.contains(s)) {
            errors.add(new FieldError(prefix + name, "unknown value; expected one of " + values.stream().sorted().toList()));
            return null;
        }
        return s;
    }

    private boolean bool(JsonNode node, String prefix, String name, boolean required) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            if (required) {
                errors.add(new FieldError(prefix + name, "required"));
            }
            return false;
        }
        if (!v.isBoolean()) {
            errors.add(new FieldError(prefix + name, "must be true or false"));
            return false;
        }
        return v.booleanValue();
    }

    private LocalDate date(JsonNode node, String prefix, String name, boolean required) {
        String s = text(node, prefix, name, required);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(prefix + name, "must be a date YYYY-MM-DD"));
            return null;
        }
    }

    private JsonNode object(JsonNode node, String prefix, String name, boolean required) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            if (required) {
                errors.add(new FieldError(prefix + name, "required"));
            }
            return null;
        }
        if (!v.isObject()) {
            errors.add(new FieldError(prefix + name, "must be an object"));
            return null;
        }
        return v;
    }

    private List<String> texts(JsonNode node, String name, boolean required) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            if (required) {
                errors.add(new FieldError(name, "required (an empty array when there is none)"));
            }
            return List.of();
        }
        if (!v.isArray()) {
            errors.add(new FieldError(name, "must be an array of strings"));
            return List.of();
        }
        if (v.size() > MAX_LIST) {
            errors.add(new FieldError(name, "at most " + MAX_LIST + " items"));
            return List.of();
        }
        List<String> out = new ArrayList<>(v.size());
        for (int i = 0; i < v.size(); i++) {
            JsonNode e = v.get(i);
            if (!e.isTextual() || e.asText().isBlank()) {
                errors.add(new FieldError(name + "[" + i + "]", "must be a non-empty string"));
            } else {
                out.add(e.asText().trim());
            }
        }
        return out;
    }
}
