package cn.lifeinfo.compliance.vocabulary.parse;

/**
 * Structural defects of one ID document, in the evaluation order of catalog §1.5:
 * TRU-IDT-001/002 → TRU-ID-001 → TRU-IDT-003 → TRU-ID-002 → TRU-ID-004 → TRU-ID-005 → TRU-ID-003.
 * Only the first failure is reported.
 */
public enum IdDefect {
    NONE,
    /** TRU-IDT-001 */
    TYPE_MISSING,
    /** TRU-IDT-002 */
    TYPE_INVALID,
    /** TRU-ID-001 */
    NUMBER_MISSING,
    /** TRU-IDT-003 */
    TYPE_MISMATCH,
    /** TRU-ID-002 */
    FORMAT,
    /** TRU-ID-004 */
    BIRTH_DATE,
    /** TRU-ID-005 */
    PREFIX,
    /** TRU-ID-003 */
    CHECK_DIGIT
}
