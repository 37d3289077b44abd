package cn.lifeinfo.compliance.vocabulary.parse;

/** Mobile-number defects in the precedence of catalog §1.7. */
public enum MobileDefect {
    NONE,
    /** TRU-PHONE-009 */
    SERVICE_NUMBER,
    /** TRU-PHONE-002 */
    FORMAT,
    /** TRU-PHONE-008 */
    PLACEHOLDER,
    /** TRU-PHONE-003 (WARN) */
    UNALLOCATED_SEGMENT
}
