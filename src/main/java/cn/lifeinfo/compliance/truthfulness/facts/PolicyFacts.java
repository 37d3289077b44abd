package cn.lifeinfo.compliance.truthfulness.facts;

import java.util.List;

/** Policy-level facts: scope, channel, sales recording and the beneficiary designation. */
public final class PolicyFacts implements RoleFacts {

    private String role;
    private boolean individual;
    private boolean inScope;
    private List<String> scopeUndeterminedBy = List.of();
    private String channel;
    private boolean termOverOneYear;
    private Integer policyholderAge;
    private boolean investmentLinked;
    private boolean recordingCompleted;
    private String beneficiaryDesignation;
    private int beneficiaryCount;
    private boolean beneficiarySharesValid;
    /** The selling salesperson's assessment on the application date carries GREY_LIST (catalog GATE-UW-004). */
    private boolean salespersonGreyListed;

    public String getRole() { return role; }
    public PolicyFacts role(String value) { this.role = value; return this; }
    public boolean isIndividual() { return individual; }
    public PolicyFacts individual(boolean value) { this.individual = value; return this; }
    public boolean isInScope() { return inScope; }
    public PolicyFacts inScope(boolean value) { this.inScope = value; return this; }
    /** Inputs that keep scope from being decided (businessType, coverageTerm, effectiveDate): TRU-SCOPE-002. */
    public List<String> getScopeUndeterminedBy() { return scopeUndeterminedBy; }
    public PolicyFacts scopeUndeterminedBy(List<String> value) { this.scopeUndeterminedBy = value; return this; }
    public String getChannel() { return channel; }
    public PolicyFacts channel(String value) { this.channel = value; return this; }
    public boolean isTermOverOneYear() { return termOverOneYear; }
    public PolicyFacts termOverOneYear(boolean value) { this.termOverOneYear = value; return this; }
    public Integer getPolicyholderAge() { return policyholderAge; }
    public PolicyFacts policyholderAge(Integer value) { this.policyholderAge = value; return this; }
    public boolean isInvestmentLinked() { return investmentLinked; }
    public PolicyFacts investmentLinked(boolean value) { this.investmentLinked = value; return this; }
    public boolean isRecordingCompleted() { return recordingCompleted; }
    public PolicyFacts recordingCompleted(boolean value) { this.recordingCompleted = value; return this; }
    public String getBeneficiaryDesignation() { return beneficiaryDesignation; }
    public PolicyFacts beneficiaryDesignation(String value) { this.beneficiaryDesignation = value; return this; }
    public int getBeneficiaryCount() { return beneficiaryCount; }
    public PolicyFacts beneficiaryCount(int value) { this.beneficiaryCount = value; return this; }
    public boolean isBeneficiarySharesValid() { return beneficiarySharesValid; }
    public PolicyFacts beneficiarySharesValid(boolean value) { this.beneficiarySharesValid = value; return this; }
    public boolean isSalespersonGreyListed() { return salespersonGreyListed; }
    public PolicyFacts salespersonGreyListed(boolean value) { this.salespersonGreyListed = value; return this; }
}
