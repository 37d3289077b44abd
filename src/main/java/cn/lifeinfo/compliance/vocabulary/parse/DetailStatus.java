package cn.lifeinfo.compliance.vocabulary.parse;

/** Address detail: MISSING gives TRU-ADDR-005 (WARN), PLACEHOLDER gives TRU-ADDR-008 (FAIL) instead (catalog §1.7). */
public enum DetailStatus {
    MISSING,
    PLACEHOLDER,
    PRESENT
}
