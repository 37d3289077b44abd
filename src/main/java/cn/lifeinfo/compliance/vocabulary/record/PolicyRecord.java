package cn.lifeinfo.compliance.vocabulary.record;

import cn.lifeinfo.compliance.common.FieldError;
import cn.lifeinfo.compliance.common.TextLimits;

import java.util.ArrayList;
import java.util.List;

/**
 * A policy record as core systems send it (RECORD.md). Every value the rules judge is kept as a string, so that a
 * missing, null or malformed value becomes a finding rather than a rejected request; only a wrong JSON shape
 * (an object where a string belongs, text in a number) is a 400.
 */
public record PolicyRecord(String policyNo, String businessType, String channel, Product product,
                           CoverageTerm coverageTerm, String applicationDate, String effectiveDate,
                           Person policyholder, Person insured, String beneficiaryDesignation,
                           List<Person> beneficiaries, Salesperson salesperson, SalesRecording salesRecording) {

    /**
     * Values longer than the columns they are stored in (decision_audit.channel, population_policy.agent_code): a
     * 400 naming the field, as a malformed value in them is no finding but would lose the decision's audit row.
     */
    public List<FieldError> overlongFields(String prefix) {
        List<FieldError> errors = new ArrayList<>();
        TextLimits.check(errors, prefix + "channel", channel, 30);
        if (salesperson != null) {
            TextLimits.check(errors, prefix + "salesperson.agentCode", salesperson.agentCode(), 64);
        }
        return errors;
    }

    public List<Person> beneficiariesOrEmpty() {
        return beneficiaries == null ? List.of() : beneficiaries;
    }
}
