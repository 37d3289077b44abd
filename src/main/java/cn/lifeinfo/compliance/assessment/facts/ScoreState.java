package cn.lifeinfo.compliance.assessment.facts;

/**
 * An agent's position on one evaluation date, computed by the replay in Java from the events active on that date;
 * the sheet "状态阈值 Status" turns it into a status and flags.
 *
 * @param activePoints           plain sum of the active events' points (catalog §1.7)
 * @param redLineActive          an active event of a red-line type
 * @param falseInformationActive number of active events of a false-information type (escalation)
 * @param crimeReferralActive    an active event of a type referred on suspected crime, with suspectedCrime set
 */
public record ScoreState(int activePoints, boolean redLineActive, int falseInformationActive,
                         boolean crimeReferralActive) {

    public int getActivePoints() { return activePoints; }
    public boolean isRedLineActive() { return redLineActive; }
    public int getFalseInformationActive() { return falseInformationActive; }
    public boolean isCrimeReferralActive() { return crimeReferralActive; }
}
