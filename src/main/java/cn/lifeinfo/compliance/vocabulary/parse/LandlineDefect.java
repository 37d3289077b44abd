package cn.lifeinfo.compliance.vocabulary.parse;

/** Landline defects in the precedence of catalog §1.7. */
public enum LandlineDefect {
    NONE,
    /** TRU-PHONE-009 */
    SERVICE_NUMBER,
    /** TRU-PHONE-004 */
    AREA_CODE,
    /** TRU-PHONE-005 */
    LENGTH,
    /** TRU-PHONE-008, on the local number */
    PLACEHOLDER,
    /** TRU-PHONE-006 (WARN) */
    UNKNOWN_AREA_CODE
}
