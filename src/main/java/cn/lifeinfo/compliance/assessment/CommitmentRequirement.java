package cn.lifeinfo.compliance.assessment;

import java.time.LocalDate;

/**
 * PEN-STAFF-007: a salesperson is engaged only with a signed customer-information truthfulness commitment (Art. 12;
 * S1 承诺书). It is a prerequisite, not a weighing, so it has no sheet row: it applies after the Hiring sheet's
 * no-rehire row (PEN-STAFF-008 refuses first, as the stronger reason) and before its PERMIT.
 */
final class CommitmentRequirement {

    static final String RULE_ID = "PEN-STAFF-007";
    static final String MESSAGE_ZH = "合同中明确客户信息义务与责任";
    static final String MESSAGE_EN = "Duties in contracts; signed commitment";

    private CommitmentRequirement() {
    }

    /** Signed on or before the day of the check; a date after it does not count yet. */
    static boolean met(LocalDate signedOn, LocalDate asOf) {
        return signedOn != null && !signedOn.isAfter(asOf);
    }
}
