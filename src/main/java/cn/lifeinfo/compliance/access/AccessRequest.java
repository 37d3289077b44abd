package cn.lifeinfo.compliance.access;

import cn.lifeinfo.compliance.common.FieldError;
import cn.lifeinfo.compliance.common.TextLimits;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The body of POST /api/v1/decisions/access (RECORD.md, "Access request"). Role, action, purpose and the other codes
 * are strings, not enums: an unknown role must become a DENY (ACC-ROLE-001) rather than a Jackson error, and an
 * unknown action or purpose is reported by {@link #problems()} with its field path.
 */
public record AccessRequest(Subject subject, String action, Resource resource, String purpose, Context context) {

    /** RECORD.md's action list; anything else is a 400 on {@code action}. */
    public static final Set<String> ACTIONS = Set.of("VIEW", "UPDATE", "EXPORT", "SHARE_EXTERNAL", "SELL", "DELETE");

    /** RECORD.md's purpose list; anything else is a 400 on {@code purpose} (PERSONAL is known and denied). */
    public static final Set<String> PURPOSES = Set.of("SALES_SERVICE", "POLICY_SERVICE", "UNDERWRITING", "CLAIMS",
            "CALLBACK", "CUSTOMER_SERVICE", "AML", "AUDIT", "REGULATORY_REPORT", "SYSTEM_MAINTENANCE", "MARKETING",
            "PERSONAL");

    public record Subject(String userId, String role, String employmentStatus, String orgType, String branchCode,
                          String agentCode, List<String> teamAgentCodes, String outletCode, String orgId) {
    }

    public record Resource(String customerId, String policyNo, String branchCode, String servicingAgentCode,
                           String salesOutletCode, String intermediaryOrgId, Integer dataSubjectAge,
                           List<String> fields) {
    }

    public record Context(Ticket ticket, String approvalId, Boolean callerVerified, String legalBasisRef,
                          CustomerConsent customerConsent, DataSharingAgreement dataSharingAgreement) {
    }

    public record Ticket(String type, String id, String policyNo) {
    }

    public record CustomerConsent(Boolean marketing, Boolean thirdPartySharing, Boolean sensitiveSeparate) {
    }

    public record DataSharingAgreement(String id, List<String> purposes, List<String> fields) {
    }

    /** The context, or an empty one: every context item is optional. */
    public Context contextOrEmpty() {
        return context == null ? new Context(null, null, null, null, null, null) : context;
    }

    /**
     * What keeps the request from being decided at all (400). Everything else, including an unknown role, an
     * inactive or unknown employment status and unknown field names, is decided by the rules.
     */
    public List<FieldError> problems() {
        List<FieldError> errors = new ArrayList<>();
        if (subject == null) {
            errors.add(new FieldError("subject", "required"));
        } else {
            if (blank(subject.userId())) {
                errors.add(new FieldError("subject.userId", "required"));
            }
            // the widths of access_decision_log (V10): the log names users and agents, so never cut them
            TextLimits.check(errors, "subject.userId", subject.userId(), 64);
            TextLimits.check(errors, "subject.role", subject.role(), 64);
            TextLimits.check(errors, "subject.agentCode", subject.agentCode(), 64);
            TextLimits.check(errors, "subject.orgType", subject.orgType(), 32);
        }
        if (blank(action)) {
            errors.add(new FieldError("action", "required"));
        } else if (!ACTIONS.contains(action)) {
            errors.add(new FieldError("action", "unknown action; expected one of " + sorted(ACTIONS)));
        }
        if (blank(purpose)) {
            errors.add(new FieldError("purpose", "required"));
        } else if (!PURPOSES.contains(purpose)) {
            errors.add(new FieldError("purpose", "unknown purpose; expected one of " + sorted(PURPOSES)));
        }
        if (resource != null) {
            TextLimits.check(errors, "resource.branchCode", resource.branchCode(), 32);
            if (resource.fields() != null) {
                TextLimits.check(errors, "resource.fields", String.join(",",
                        resource.fields().stream().map(f -> f == null ? "" : f).toList()), 1000);
            }
        }
        if (resource == null) {
            errors.add(new FieldError("resource", "required"));
        } else if (resource.fields() == null || resource.fields().isEmpty()) {
            errors.add(new FieldError("resource.fields", "at least one field name is required"));
        } else {
            for (int i = 0; i < resource.fields().size(); i++) {
                if (blank(resource.fields().get(i))) {
                    errors.add(new FieldError("resource.fields[" + i + "]", "field name required"));
                }
            }
        }
        return errors;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }
}
