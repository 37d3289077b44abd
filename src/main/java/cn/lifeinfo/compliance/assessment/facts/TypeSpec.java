package cn.lifeinfo.compliance.assessment.facts;

/** What the Types sheet says about one violation type. */
public record TypeSpec(String type, int points, boolean redLine, boolean falseInformation, boolean referralOnCrime,
                       String ruleId, String descriptionZh, String descriptionEn) {
}
