package cn.lifeinfo.compliance.ruleset;

/** Lifecycle of a version (issue: upload → VALIDATED or REJECTED → ACTIVE → RETIRED; rollback re-activates). */
public enum RulesetStatus {
    VALIDATED, REJECTED, PENDING_APPROVAL, ACTIVE, RETIRED
}
