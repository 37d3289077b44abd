package cn.lifeinfo.compliance.truthfulness.facts;

/**
 * One policyholder phone as the cross-record rules see it (catalog §2.9): how many unrelated policyholder
 * components share it, whether it is a salesperson's, and whether all sharing policies have one salesperson.
 */
public final class PhoneShareFacts implements RoleFacts {

    private final String field;
    private final int sharingComponents;
    private final boolean salespersonPhone;
    private final boolean oneSalesperson;

    public PhoneShareFacts(String field, int sharingComponents, boolean salespersonPhone, boolean oneSalesperson) {
        this.field = field;
        this.sharingComponents = sharingComponents;
        this.salespersonPhone = salespersonPhone;
        this.oneSalesperson = oneSalesperson;
    }

    @Override
    public String getRole() {
        return "policyholder";
    }

    /** "mobile" or "landline": the finding's field. */
    public String getField() {
        return field;
    }

    public int getSharingComponents() {
        return sharingComponents;
    }

    public boolean isSalespersonPhone() {
        return salespersonPhone;
    }

    public boolean isOneSalesperson() {
        return oneSalesperson;
    }
}
