package cn.lifeinfo.compliance.identity;

import java.util.List;

/**
 * The roles of API.md "Who is acting", as the insurer's identity provider names them in the token's {@code groups}
 * claim. Every endpoint names its owners from these constants, so a renamed role is one edit.
 */
public final class Roles {

    /** Core systems (underwriting, policy service) asking for decisions. */
    public static final String DECISION_CLIENT = "decision-client";
    public static final String REGISTRY_ADMIN = "registry-admin";
    public static final String RULE_AUTHOR = "rule-author";
    /** What a rule author reads, plus activation of a version somebody else uploaded. */
    public static final String RULE_APPROVER = "rule-approver";
    public static final String INSPECTOR = "inspector";
    /** Reads scores of the branches named by the token's {@code branches} claim only. */
    public static final String MANAGER = "manager";
    public static final String SCREENING_OPERATOR = "screening-operator";
    /** Read-only: changes, access alerts, audit and access-log queries. */
    public static final String AUDITOR = "auditor";

    public static final List<String> ALL = List.of(DECISION_CLIENT, REGISTRY_ADMIN, RULE_AUTHOR, RULE_APPROVER,
            INSPECTOR, MANAGER, SCREENING_OPERATOR, AUDITOR);

    private Roles() {
    }
}
