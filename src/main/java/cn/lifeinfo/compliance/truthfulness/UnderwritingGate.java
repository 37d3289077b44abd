package cn.lifeinfo.compliance.truthfulness;

/**
 * What underwriting may do with a record (catalog §4.1), declared from the most lenient to the strictest: a record's
 * gate is the strictest any gate rule gave it, so a rule that raises ALLOW to REVIEW never lowers a BLOCK.
 */
public enum UnderwritingGate {
    ALLOW,
    REVIEW,
    BLOCK;

    public UnderwritingGate stricter(UnderwritingGate other) {
        return other.compareTo(this) > 0 ? other : this;
    }
}
