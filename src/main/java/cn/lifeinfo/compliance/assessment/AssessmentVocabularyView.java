package cn.lifeinfo.compliance.assessment;

import java.util.List;

/**
 * GET /api/v1/agents/scores/vocabulary: what the assessment workbook in force on a date says, for pages that must
 * not hard-code it — each status with the active points that reach it by points alone (null when points alone never
 * do) and the Status-sheet row behind it, and each violation type's points and description.
 */
public record AssessmentVocabularyView(String asOf, String rulesetVersion, String windowMode,
                                       List<StatusLabel> statuses, List<FlagLabel> flags, List<TypeLabel> types) {

    /** @param nameZh the Names sheet's word for the status (灰名单), null when the sheet has none */
    public record StatusLabel(String code, String nameZh, String nameEn, int severity, Integer thresholdPoints,
                              List<String> flags, String ruleId, String reasonZh, String reasonEn) {
    }

    public record FlagLabel(String code, String nameZh, String nameEn) {
    }

    public record TypeLabel(String code, int points, boolean redLine, String ruleId, String descriptionZh,
                            String descriptionEn) {
    }
}
