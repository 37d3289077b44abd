package cn.lifeinfo.compliance.truthfulness.facts;

/** The policyholder-insured relationship with the ages and genders the relationship rules compare against the sheet's thresholds. */
public final class RelationshipFacts implements RoleFacts {

    private String role;
    private String relationship;
    private boolean relationshipMissing;
    private boolean relationshipValid;
    private boolean identityConsistent;
    private Integer parentAgeAtChildBirth;
    private String policyholderGender;
    private Integer policyholderAge;
    private String insuredGender;
    private Integer insuredAge;
    private boolean hasDeathBenefit;

    public String getRole() { return role; }
    public RelationshipFacts role(String value) { this.role = value; return this; }
    public String getRelationship() { return relationship; }
    public RelationshipFacts relationship(String value) { this.relationship = value; return this; }
    public boolean isRelationshipMissing() { return relationshipMissing; }
    public RelationshipFacts relationshipMissing(boolean value) { this.relationshipMissing = value; return this; }
    public boolean isRelationshipValid() { return relationshipValid; }
    public RelationshipFacts relationshipValid(boolean value) { this.relationshipValid = value; return this; }
    public boolean isIdentityConsistent() { return identityConsistent; }
    public RelationshipFacts identityConsistent(boolean value) { this.identityConsistent = value; return this; }
    public Integer getParentAgeAtChildBirth() { return parentAgeAtChildBirth; }
    public RelationshipFacts parentAgeAtChildBirth(Integer value) { this.parentAgeAtChildBirth = value; return this; }
    public String getPolicyholderGender() { return policyholderGender; }
    public RelationshipFacts policyholderGender(String value) { this.policyholderGender = value; return this; }
    public Integer getPolicyholderAge() { return policyholderAge; }
    public RelationshipFacts policyholderAge(Integer value) { this.policyholderAge = value; return this; }
    public String getInsuredGender() { return insuredGender; }
    public RelationshipFacts insuredGender(String value) { this.insuredGender = value; return this; }
    public Integer getInsuredAge() { return insuredAge; }
    public RelationshipFacts insuredAge(Integer value) { this.insuredAge = value; return this; }
    public boolean isHasDeathBenefit() { return hasDeathBenefit; }
    public RelationshipFacts hasDeathBenefit(boolean value) { this.hasDeathBenefit = value; return this; }
}
