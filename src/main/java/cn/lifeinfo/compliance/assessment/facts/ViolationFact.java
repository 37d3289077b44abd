package cn.lifeinfo.compliance.assessment.facts;

/**
 * A violation type as the sheet "违规类型 Types" sees it: the row whose type cell matches defines its points,
 * whether it is a red line, whether it counts as false information (escalation) and whether a suspected crime
 * is referred to the judicial authorities. A type no row defines stays undefined (an unknown type).
 */
public final class ViolationFact {

    private final String type;
    private TypeSpec spec;

    public ViolationFact(String type) {
        this.type = type;
    }

    public String getType() {
        return type;
    }

    /** Called from the action columns of the Types sheet; 是/否 cells arrive as text. */
    public void define(int points, String redLine, String falseInformation, String referralOnCrime, String ruleId,
                       String descriptionZh, String descriptionEn) {
        if (spec == null) {
            spec = new TypeSpec(type, points, AssessmentSink.yes(redLine), AssessmentSink.yes(falseInformation),
                    AssessmentSink.yes(referralOnCrime), ruleId, descriptionZh, descriptionEn);
        }
    }

    public TypeSpec spec() {
        return spec;
    }
}
