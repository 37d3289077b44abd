package cn.lifeinfo.compliance.vocabulary.parse;

/**
 * @param present    false for null, blank or a textual placeholder ("无"): TRU-PHONE-001/007 treat it as not given
 * @param normalised the 11-digit number once the format is correct, else null
 */
public record MobileCheck(boolean present, MobileDefect defect, String normalised) {
}
