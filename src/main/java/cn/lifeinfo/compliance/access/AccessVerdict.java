package cn.lifeinfo.compliance.access;

/** An access decision (catalog §3.4): the first DENY wins, and anything no PERMIT row covers is a DENY. */
public enum AccessVerdict {
    PERMIT,
    DENY
}
