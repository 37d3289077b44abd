package cn.lifeinfo.compliance.access.facts;

import cn.lifeinfo.compliance.access.AccessRequest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The request measured against the role's grant (second pass): the facts the 判定顺序 sheet tests, each a plain
 * yes/no that needs code to work out (scope matches, branch prefix, ticket for this policy, field levels). Which
 * of them deny, in which order and with which message, is the sheet's business.
 */
public final class AccessCheck {

    private static final Set<String> UNRESTRICTED_SCOPES = Set.of("COMPANY", "AGREEMENT", "ALL");

    private String action;
    private String purpose;
    private boolean subjectActive;
    private boolean roleKnown;
    private boolean thirdParty;
    private boolean actionAllowed;
    private boolean purposeAllowed;
    private boolean legalBasisPresent;
    private boolean approvalPresent;
    private boolean approvalAlways;
    private Set<String> requestedClasses = Set.of();
    private boolean ownershipScopeOk;
    private boolean branchScoped;
    private boolean branchMatches;
    private boolean ticketRequired;
    private boolean ticketMatches;
    private boolean callerVerificationRequired;
    private boolean callerVerified;
    private boolean dataSubjectUnder14;
    private boolean marketingConsent;
    private boolean agreementCoversPurpose;
    private boolean thirdPartyConsent;
    private boolean fieldsWithinGrant;
    private boolean fieldsWithinAgreement;
    private boolean sensitiveRequested;
    private boolean sensitiveSeparateConsent;
    private List<String> mask = List.of();

    /** @param minorAge below this age all of the data subject's data is sensitive (PIPL Art. 28; the workbook's) */
    public static AccessCheck of(AccessRequest request, AccessFacts facts, int minorAge) {
        AccessRequest.Subject s = request.subject();
        AccessRequest.Resource r = request.resource();
        AccessRequest.Context c = request.contextOrEmpty();
        AccessRequest.CustomerConsent consent = c.customerConsent();
        AccessRequest.DataSharingAgreement agreement = c.dataSharingAgreement();
        List<String> fields = r.fields();

        AccessCheck k = new AccessCheck();
        k.action = request.action();
        k.purpose = request.purpose();
        k.subjectActive = "ACTIVE".equals(trim(s.employmentStatus()));
        k.legalBasisPresent = present(c.legalBasisRef());
        k.approvalPresent = present(c.approvalId());
        k.callerVerified = Boolean.TRUE.equals(c.callerVerified());
        k.dataSubjectUnder14 = r.dataSubjectAge() != null && r.dataSubjectAge() < minorAge;
        k.marketingConsent = consent != null && Boolean.TRUE.equals(consent.marketing());
        k.thirdPartyConsent = consent != null && Boolean.TRUE.equals(consent.thirdPartySharing());
        k.sensitiveSeparateConsent = consent != null && Boolean.TRUE.equals(consent.sensitiveSeparate());
        k.agreementCoversPurpose = agreement != null && present(agreement.id()) && agreement.purposes() != null
                && agreement.purposes().contains(request.purpose());
        k.fieldsWithinAgreement = agreement != null && agreement.fields() != null
                && agreement.fields().containsAll(fields);
        k.branchMatches = branchMatches(s.branchCode(), r.branchCode());

        Set<String> classes = new LinkedHashSet<>();
        boolean sensitive = k.dataSubjectUnder14; // PIPL Art. 28: everything about an under-14 is sensitive
        for (String f : fields) {
            FieldClass fc = facts.classOf(f);
            if (fc != null) {
                classes.add(fc.fieldClass());
                sensitive |= fc.sensitive();
            }
        }
        k.requestedClasses = Collections.unmodifiableSet(classes);
        k.sensitiveRequested = sensitive;

        RoleGrant g = choose(facts.grants(), request.purpose());
        k.roleKnown = g != null;
        if (g == null) {
            return k;
        }
        k.thirdParty = g.thirdParty();
        k.actionAllowed = g.actions().contains(request.action());
        k.purposeAllowed = g.purposes().contains(request.purpose());
        k.approvalAlways = g.approvalAlways();
        k.branchScoped = g.branchScoped();
        k.ticketRequired = g.ticketType() != null;
        k.ticketMatches = ticketMatches(g.ticketType(), c.ticket(), r.policyNo());
        k.callerVerificationRequired = g.callerVerification();
        k.ownershipScopeOk = ownershipOk(g.scope(), s, r);

        boolean within = true;
        List<String> masked = new ArrayList<>();
        for (String f : fields) {
            FieldClass fc = facts.classOf(f);
            Level level = g.levelOf(f, fc == null ? null : fc.fieldClass());
            if (level == Level.FULL && k.dataSubjectUnder14 && g.minorMasks().contains(f)) {
                level = Level.MASKED;
            }
            if (level == Level.NONE || "UPDATE".equals(request.action()) && level != Level.FULL) {
                within = false;
            }
            if (level == Level.MASKED && !masked.contains(f)) {
                masked.add(f);
            }
        }
        k.fieldsWithinGrant = within;
        k.mask = List.copyOf(masked);
        return k;
    }

    /** The row whose purposes include the request's, else the role's first row (which then denies the purpose). */
    private static RoleGrant choose(List<RoleGrant> grants, String purpose) {
        for (RoleGrant g : grants) {
            if (g.purposes().contains(purpose)) {
                return g;
            }
        }
        return grants.isEmpty() ? null : grants.get(0);
    }

    static boolean ownershipOk(String scope, AccessRequest.Subject s, AccessRequest.Resource r) {
        return switch (scope) {
            case "OWN_AGENT" -> same(r.servicingAgentCode(), s.agentCode());
            case "TEAM" -> same(r.servicingAgentCode(), s.agentCode())
                    || present(r.servicingAgentCode()) && s.teamAgentCodes() != null
                    && s.teamAgentCodes().stream().anyMatch(a -> same(a, r.servicingAgentCode()));
            case "OUTLET" -> same(r.salesOutletCode(), s.outletCode());
            case "ORG" -> same(r.intermediaryOrgId(), s.orgId());
            default -> UNRESTRICTED_SCOPES.contains(scope); // an unknown scope kind in the sheet denies
        };
    }

    /** The subject's branch code is a prefix of the resource's; head office 00 sees all branches. */
    static boolean branchMatches(String subjectBranch, String resourceBranch) {
        String sb = trim(subjectBranch);
        if (sb == null || sb.isEmpty()) {
            return false;
        }
        if (sb.equals("00")) {
            return true;
        }
        String rb = trim(resourceBranch);
        return rb != null && rb.startsWith(sb);
    }

    static boolean ticketMatches(String type, AccessRequest.Ticket ticket, String policyNo) {
        return type != null && ticket != null && type.equals(trim(ticket.type())) && present(ticket.id())
                && same(ticket.policyNo(), policyNo);
    }

    private static boolean same(String a, String b) {
        return present(a) && present(b) && Objects.equals(a.trim(), b.trim());
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }

    public String getAction() { return action; }
    public String getPurpose() { return purpose; }
    public boolean isSubjectActive() { return subjectActive; }
    public boolean isRoleKnown() { return roleKnown; }
    public boolean isThirdParty() { return thirdParty; }
    public boolean isActionAllowed() { return actionAllowed; }
    public boolean isPurposeAllowed() { return purposeAllowed; }
    public boolean isLegalBasisPresent() { return legalBasisPresent; }
    public boolean isApprovalPresent() { return approvalPresent; }
    public boolean isApprovalAlways() { return approvalAlways; }
    public Set<String> getRequestedClasses() { return requestedClasses; }
    public boolean isOwnershipScopeOk() { return ownershipScopeOk; }
    public boolean isBranchScoped() { return branchScoped; }
    public boolean isBranchMatches() { return branchMatches; }
    public boolean isTicketRequired() { return ticketRequired; }
    public boolean isTicketMatches() { return ticketMatches; }
    public boolean isCallerVerificationRequired() { return callerVerificationRequired; }
    public boolean isCallerVerified() { return callerVerified; }
    public boolean isDataSubjectUnder14() { return dataSubjectUnder14; }
    public boolean isMarketingConsent() { return marketingConsent; }
    public boolean isAgreementCoversPurpose() { return agreementCoversPurpose; }
    public boolean isThirdPartyConsent() { return thirdPartyConsent; }
    public boolean isFieldsWithinGrant() { return fieldsWithinGrant; }
    public boolean isFieldsWithinAgreement() { return fieldsWithinAgreement; }
    public boolean isSensitiveRequested() { return sensitiveRequested; }
    public boolean isSensitiveSeparateConsent() { return sensitiveSeparateConsent; }
    public boolean isHasMask() { return !mask.isEmpty(); }
    public List<String> getMask() { return mask; }
}
