package cn.lifeinfo.compliance.truthfulness.facts;

/** What the person rules see of one person in one role: normalised values and the vocabulary's verdicts (the ID number's first structural defect in the precedence of catalog §1.5), never raw input. */
public final class PersonFacts implements RoleFacts {

    private String role;
    private String roleKind;
    private String name;
    private boolean nameMissing;
    private boolean nameFormatValid;
    private boolean genderValid;
    private boolean birthDateValid;
    private boolean birthAfterApplication;
    private Integer age;
    private String idType;
    private String idDefect;
    private Boolean idAddressCodeKnown;
    private boolean idFifteenDigit;
    private String applicationDate;
    private boolean idExpired;
    private Boolean birthMatchesId;
    private Boolean genderMatchesId;
    private boolean sameIdAsInsured;
    private boolean idConflictElsewhere;
    private boolean registeredSalesperson;

    public String getRole() { return role; }
    public PersonFacts role(String value) { this.role = value; return this; }
    public String getRoleKind() { return roleKind; }
    public PersonFacts roleKind(String value) { this.roleKind = value; return this; }
    public String getName() { return name; }
    public PersonFacts name(String value) { this.name = value; return this; }
    public boolean isNameMissing() { return nameMissing; }
    public PersonFacts nameMissing(boolean value) { this.nameMissing = value; return this; }
    public boolean isNameFormatValid() { return nameFormatValid; }
    public PersonFacts nameFormatValid(boolean value) { this.nameFormatValid = value; return this; }
    public boolean isGenderValid() { return genderValid; }
    public PersonFacts genderValid(boolean value) { this.genderValid = value; return this; }
    public boolean isBirthDateValid() { return birthDateValid; }
    public PersonFacts birthDateValid(boolean value) { this.birthDateValid = value; return this; }
    public boolean isBirthAfterApplication() { return birthAfterApplication; }
    public PersonFacts birthAfterApplication(boolean value) { this.birthAfterApplication = value; return this; }
    public Integer getAge() { return age; }
    public PersonFacts age(Integer value) { this.age = value; return this; }
    public String getIdType() { return idType; }
    public PersonFacts idType(String value) { this.idType = value; return this; }
    public String getIdDefect() { return idDefect; }
    public PersonFacts idDefect(String value) { this.idDefect = value; return this; }
    public Boolean getIdAddressCodeKnown() { return idAddressCodeKnown; }
    public PersonFacts idAddressCodeKnown(Boolean value) { this.idAddressCodeKnown = value; return this; }
    public boolean isIdFifteenDigit() { return idFifteenDigit; }
    public PersonFacts idFifteenDigit(boolean value) { this.idFifteenDigit = value; return this; }
    public String getApplicationDate() { return applicationDate; }
    public PersonFacts applicationDate(String value) { this.applicationDate = value; return this; }
    public boolean isIdExpired() { return idExpired; }
    public PersonFacts idExpired(boolean value) { this.idExpired = value; return this; }
    public Boolean getBirthMatchesId() { return birthMatchesId; }
    public PersonFacts birthMatchesId(Boolean value) { this.birthMatchesId = value; return this; }
    public Boolean getGenderMatchesId() { return genderMatchesId; }
    public PersonFacts genderMatchesId(Boolean value) { this.genderMatchesId = value; return this; }
    public boolean isSameIdAsInsured() { return sameIdAsInsured; }
    public PersonFacts sameIdAsInsured(boolean value) { this.sameIdAsInsured = value; return this; }
    public boolean isIdConflictElsewhere() { return idConflictElsewhere; }
    public PersonFacts idConflictElsewhere(boolean value) { this.idConflictElsewhere = value; return this; }
    public boolean isRegisteredSalesperson() { return registeredSalesperson; }
    public PersonFacts registeredSalesperson(boolean value) { this.registeredSalesperson = value; return this; }
}
