package cn.lifeinfo.compliance.vocabulary.parse;

/**
 * @param present     false for null, blank or a textual placeholder ("无")
 * @param areaCode    with its leading 0, once a structurally valid area code was found
 * @param localNumber the digits after the area code, once an area code was found
 * @param extension   digits of the extension, or null
 * @param normalised  areaCode + localNumber when both are well formed, else null
 */
public record LandlineCheck(boolean present, LandlineDefect defect, String areaCode, String localNumber,
                            String extension, String normalised) {
}
