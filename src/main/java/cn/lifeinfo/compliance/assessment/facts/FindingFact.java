package cn.lifeinfo.compliance.assessment.facts;

/** One rule id of a stored truthfulness decision, for the sheet "自动认定 Derivation". */
public record FindingFact(String ruleId, boolean sharedContactOfOneSalesperson) {

    public String getRuleId() { return ruleId; }
    public boolean isSharedContactOfOneSalesperson() { return sharedContactOfOneSalesperson; }
}
