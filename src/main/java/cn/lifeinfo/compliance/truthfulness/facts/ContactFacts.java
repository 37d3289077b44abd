package cn.lifeinfo.compliance.truthfulness.facts;

/** The policyholder's phones as the phone rules see them; each defect is the first in the precedence of catalog §1.7. */
public final class ContactFacts implements RoleFacts {

    private String role;
    private boolean mobilePresent;
    private String mobileDefect;
    private boolean landlinePresent;
    private String landlineDefect;

    public String getRole() { return role; }
    public ContactFacts role(String value) { this.role = value; return this; }
    public boolean isMobilePresent() { return mobilePresent; }
    public ContactFacts mobilePresent(boolean value) { this.mobilePresent = value; return this; }
    public String getMobileDefect() { return mobileDefect; }
    public ContactFacts mobileDefect(String value) { this.mobileDefect = value; return this; }
    public boolean isLandlinePresent() { return landlinePresent; }
    public ContactFacts landlinePresent(boolean value) { this.landlinePresent = value; return this; }
    public String getLandlineDefect() { return landlineDefect; }
    public ContactFacts landlineDefect(String value) { this.landlineDefect = value; return this; }
}
