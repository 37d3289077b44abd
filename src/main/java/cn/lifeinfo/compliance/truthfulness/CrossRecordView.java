package cn.lifeinfo.compliance.truthfulness;

/**
 * What the cross-record and registry analysis (catalog §1.6, §2.9) found for one record: plain values that the
 * fact extractor turns into facts, so that the sheets decide thresholds and severities as for any other rule.
 * Fields are "mobile" or "landline"; roles as in findings.
 */
public interface CrossRecordView {

    /** The phone is in the institution registry (reported by TRU-PHONE-009, like a service number). */
    boolean institutionPhone(String field);

    /** The phone is the servicing salesperson's or a registered salesperson's (and he is not the policyholder). */
    boolean salespersonPhone(String field);

    /** Unrelated components of policyholders sharing this phone key, this one included; 0 without a key. */
    int phoneComponents(String field);

    /** Every policy sharing the phone key was sold by the same salesperson. */
    boolean phoneSharedWithinOneSalesperson(String field);

    /** The address is an institution's or a registered salesperson's (not the policyholder's own as salesperson). */
    boolean institutionOrAgentAddress();

    /** Components of policyholders sharing the full address, related by identity and family links only. */
    int addressComponents();

    /** The role's ID number appears elsewhere in the population with another name or birth date. */
    boolean idConflict(String role);

    /** The role's ID number is a registered salesperson's. */
    boolean registeredSalesperson(String role);

    /** The selling salesperson is grey-listed on the application date (catalog GATE-UW-004, §5.3). */
    boolean salespersonGreyListed();

    /** For records judged alone (workbook test cases, benchmarks): no population, no registries. */
    CrossRecordView NONE = new CrossRecordView() {
        public boolean institutionPhone(String field) { return false; }
        public boolean salespersonPhone(String field) { return false; }
        public int phoneComponents(String field) { return 0; }
        public boolean phoneSharedWithinOneSalesperson(String field) { return false; }
        public boolean institutionOrAgentAddress() { return false; }
        public int addressComponents() { return 0; }
        public boolean idConflict(String role) { return false; }
        public boolean registeredSalesperson(String role) { return false; }
        public boolean salespersonGreyListed() { return false; }
    };
}
