package cn.lifeinfo.compliance.truthfulness;

import cn.lifeinfo.compliance.audit.DecisionRecords;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * CDI event fired after a stored (not dry-run) truthfulness decision, for consumers such as the assessment family
 * that turn findings attributable to the salesperson into violations.
 *
 * @param decisionDate                 the decision's date in the service's zone (compliance.zone)
 * @param ruleIds                      the rule ids of the findings and gate rules
 * @param sharedContactOfOneSalesperson true when a TRU-XREC-002 phone cluster consists only of this salesperson's
 *                                     policies (catalog §2.9 extension → SHARED_FAKE_CONTACT)
 * @param records                      where an observer adds the rows it writes for this decision (derived
 *                                     violations): the decision is answered only once they are committed
 * @param overall                      the record's verdict
 * @param inScope                      whether the record is in the Measures' scope (catalog §1.4)
 * @param applicationDate              the record's application date, null when missing or unreadable (the
 *                                     historical-policy clean-up, PEN-BR-003, selects on it)
 * @param decidedAt                    the decision's instant, as its audit row has it
 */
public record TruthfulnessDecided(String decisionId, String policyNo, String agentCode, LocalDate decisionDate,
                                  String rulesetVersion, List<String> ruleIds,
                                  boolean sharedContactOfOneSalesperson, DecisionRecords records,
                                  Overall overall, boolean inScope, LocalDate applicationDate, Instant decidedAt) {

    /** For observers that only look at findings (violation derivation and its tests). */
    public TruthfulnessDecided(String decisionId, String policyNo, String agentCode, LocalDate decisionDate,
                               String rulesetVersion, List<String> ruleIds, boolean sharedContactOfOneSalesperson,
                               DecisionRecords records) {
        this(decisionId, policyNo, agentCode, decisionDate, rulesetVersion, ruleIds, sharedContactOfOneSalesperson,
                records, null, true, null, null);
    }
}
