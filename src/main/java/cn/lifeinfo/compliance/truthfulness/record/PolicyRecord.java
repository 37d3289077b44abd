package cn.lifeinfo.compliance.truthfulness.record;

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

    public List<Person> beneficiariesOrEmpty() {
        return beneficiaries == null ? List.of() : beneficiaries;
    }
}
