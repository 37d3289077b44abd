package cn.lifeinfo.compliance.service.facts;

/**
 * One service request as the 判定顺序 sheet sees it: the vocabulary facts Java computes from the request (dates
 * parsed, ages in completed years, the cooling-off end and the retention expiry from the workbook's parameters,
 * approvals counted without the requester). The sheet decides which rule fires; nothing here decides.
 */
public final class ServiceCheck {

    private String type;
    private boolean keyInfoComplete;
    private boolean idExpired;
    private boolean customerAuthenticated;
    private boolean policyInForce;
    private boolean hasLoanFeature;
    private boolean annuityStarted;
    private boolean applicantIsPolicyholder;
    private boolean applicantIsInsured;
    private boolean policyholderIsInsured;
    private boolean guardianship;
    private boolean insuredMinor;
    private boolean longTermLoanAuthorization;
    private boolean signedByApplicant;
    private boolean submittedByAgent;
    private boolean customerAuthorized;
    private boolean newPhoneIsSalespersons;
    private boolean documentsMissing;
    private boolean approvalsMissing;
    private boolean termOverOneYear;
    private boolean completedOnTime;
    private boolean completedLate;
    private boolean coolingOffExpired;
    private boolean lastAttemptWrongNumber;
    private boolean lastAttemptUnverified;
    private boolean hasInForcePolicy;
    private boolean legalHold;
    private boolean withinRetention;
    private boolean independentApproval;
    private boolean idValidityMisentered;

    public ServiceCheck(String type) {
        this.type = type;
    }

    /** The request type: POLICY_LOAN, SURVIVAL_BENEFIT, CONTACT_CHANGE, IDENTITY_CHANGE, CALLBACK, DATA_DESTRUCTION, CUSTOMER_DELETION_REQUEST. */
    public String getType() {
        return type;
    }

    /** Art. 6(3) key information of the policy complete. */
    public boolean isKeyInfoComplete() {
        return keyInfoComplete;
    }

    public ServiceCheck keyInfoComplete(boolean v) {
        this.keyInfoComplete = v;
        return this;
    }

    /** The customer's ID document expired and not updated. */
    public boolean isIdExpired() {
        return idExpired;
    }

    public ServiceCheck idExpired(boolean v) {
        this.idExpired = v;
        return this;
    }

    /** 客户认证 done before a loan or benefit payment. */
    public boolean isCustomerAuthenticated() {
        return customerAuthenticated;
    }

    public ServiceCheck customerAuthenticated(boolean v) {
        this.customerAuthenticated = v;
        return this;
    }

    /** Policy status IN_FORCE. */
    public boolean isPolicyInForce() {
        return policyInForce;
    }

    public ServiceCheck policyInForce(boolean v) {
        this.policyInForce = v;
        return this;
    }

    /** The product has a policy-loan feature. */
    public boolean isHasLoanFeature() {
        return hasLoanFeature;
    }

    public ServiceCheck hasLoanFeature(boolean v) {
        this.hasLoanFeature = v;
        return this;
    }

    /** Annuity payments have started. */
    public boolean isAnnuityStarted() {
        return annuityStarted;
    }

    public ServiceCheck annuityStarted(boolean v) {
        this.annuityStarted = v;
        return this;
    }

    /** ApplicantRole = POLICYHOLDER. */
    public boolean isApplicantIsPolicyholder() {
        return applicantIsPolicyholder;
    }

    public ServiceCheck applicantIsPolicyholder(boolean v) {
        this.applicantIsPolicyholder = v;
        return this;
    }

    /** The applicant is the insured (also a policyholder who is the insured, catalog §4.5). */
    public boolean isApplicantIsInsured() {
        return applicantIsInsured;
    }

    public ServiceCheck applicantIsInsured(boolean v) {
        this.applicantIsInsured = v;
        return this;
    }

    /** Policyholder and insured are one person. */
    public boolean isPolicyholderIsInsured() {
        return policyholderIsInsured;
    }

    public ServiceCheck policyholderIsInsured(boolean v) {
        this.policyholderIsInsured = v;
        return this;
    }

    /** The policyholder is the insured's legal guardian. */
    public boolean isGuardianship() {
        return guardianship;
    }

    public ServiceCheck guardianship(boolean v) {
        this.guardianship = v;
        return this;
    }

    /** The insured is younger than the age of majority (参数 ageOfMajority) in completed years on requestDate. */
    public boolean isInsuredMinor() {
        return insuredMinor;
    }

    public ServiceCheck insuredMinor(boolean v) {
        this.insuredMinor = v;
        return this;
    }

    /** The insured has given a long-term loan authorisation. */
    public boolean isLongTermLoanAuthorization() {
        return longTermLoanAuthorization;
    }

    public ServiceCheck longTermLoanAuthorization(boolean v) {
        this.longTermLoanAuthorization = v;
        return this;
    }

    /** The e-signature is the applicant's own. */
    public boolean isSignedByApplicant() {
        return signedByApplicant;
    }

    public ServiceCheck signedByApplicant(boolean v) {
        this.signedByApplicant = v;
        return this;
    }

    /** A salesperson submitted the change. */
    public boolean isSubmittedByAgent() {
        return submittedByAgent;
    }

    public ServiceCheck submittedByAgent(boolean v) {
        this.submittedByAgent = v;
        return this;
    }

    /** The customer's written or electronic authorisation is given. */
    public boolean isCustomerAuthorized() {
        return customerAuthorized;
    }

    public ServiceCheck customerAuthorized(boolean v) {
        this.customerAuthorized = v;
        return this;
    }

    /** The new phone is a registered salesperson's or one of the agentPhones given. */
    public boolean isNewPhoneIsSalespersons() {
        return newPhoneIsSalespersons;
    }

    public ServiceCheck newPhoneIsSalespersons(boolean v) {
        this.newPhoneIsSalespersons = v;
        return this;
    }

    /** Fewer supporting documents than 参数 identityChangeDocuments. */
    public boolean isDocumentsMissing() {
        return documentsMissing;
    }

    public ServiceCheck documentsMissing(boolean v) {
        this.documentsMissing = v;
        return this;
    }

    /** Fewer approvals by others than the requester than the type needs (参数 *ChangeApprovals). */
    public boolean isApprovalsMissing() {
        return approvalsMissing;
    }

    public ServiceCheck approvalsMissing(boolean v) {
        this.approvalsMissing = v;
        return this;
    }

    /** The policy term is over one year. */
    public boolean isTermOverOneYear() {
        return termOverOneYear;
    }

    public ServiceCheck termOverOneYear(boolean v) {
        this.termOverOneYear = v;
        return this;
    }

    /** A connected, identity-verified attempt to the number on file on or before the cooling-off end. */
    public boolean isCompletedOnTime() {
        return completedOnTime;
    }

    public ServiceCheck completedOnTime(boolean v) {
        this.completedOnTime = v;
        return this;
    }

    /** Such an attempt only after the cooling-off end. */
    public boolean isCompletedLate() {
        return completedLate;
    }

    public ServiceCheck completedLate(boolean v) {
        this.completedLate = v;
        return this;
    }

    /** AsOfDate is after the cooling-off end. */
    public boolean isCoolingOffExpired() {
        return coolingOffExpired;
    }

    public ServiceCheck coolingOffExpired(boolean v) {
        this.coolingOffExpired = v;
        return this;
    }

    /** The last attempt dialled a number other than the one on file. */
    public boolean isLastAttemptWrongNumber() {
        return lastAttemptWrongNumber;
    }

    public ServiceCheck lastAttemptWrongNumber(boolean v) {
        this.lastAttemptWrongNumber = v;
        return this;
    }

    /** The last attempt did not reach the verified policyholder. */
    public boolean isLastAttemptUnverified() {
        return lastAttemptUnverified;
    }

    public ServiceCheck lastAttemptUnverified(boolean v) {
        this.lastAttemptUnverified = v;
        return this;
    }

    /** The customer still has a policy in force, or an open claim or service. */
    public boolean isHasInForcePolicy() {
        return hasInForcePolicy;
    }

    public ServiceCheck hasInForcePolicy(boolean v) {
        this.hasInForcePolicy = v;
        return this;
    }

    /** Litigation, complaint or AML investigation in progress. */
    public boolean isLegalHold() {
        return legalHold;
    }

    public ServiceCheck legalHold(boolean v) {
        this.legalHold = v;
        return this;
    }

    /** RequestDate is on or before retentionUntil. */
    public boolean isWithinRetention() {
        return withinRetention;
    }

    public ServiceCheck withinRetention(boolean v) {
        this.withinRetention = v;
        return this;
    }

    /** An approver is named and is not the requester. */
    public boolean isIndependentApproval() {
        return independentApproval;
    }

    public ServiceCheck independentApproval(boolean v) {
        this.independentApproval = v;
        return this;
    }

    /** A household register's validity not entered as start = registration date, end = LONG_TERM (GATE-MOB-007). */
    public boolean isIdValidityMisentered() {
        return idValidityMisentered;
    }

    public ServiceCheck idValidityMisentered(boolean v) {
        this.idValidityMisentered = v;
        return this;
    }
}
