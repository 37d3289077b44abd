package cn.lifeinfo.compliance.sampling;

import java.time.LocalDate;

/** A policy a sample may draw: its last stored decision of the kind's population, and its branch. */
record Candidate(String decisionId, String policyHash, String agentCode, LocalDate businessDate,
                 String policyNoMasked, byte[] policyNoSealed, String hashKeyId, String branchCode) {
}
