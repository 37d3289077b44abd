package cn.lifeinfo.compliance.service;

import cn.lifeinfo.compliance.ruleset.OrderedVerdictSink;
import cn.lifeinfo.compliance.registry.ContactKeys;
import cn.lifeinfo.compliance.ruleset.CompiledRuleset;
import cn.lifeinfo.compliance.service.facts.ServiceCheck;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Decides one service request against a compiled service ruleset: Java turns the request into the vocabulary of
 * {@link ServiceCheck} with the workbook's parameters (ages, the cooling-off end, the retention expiry, approvals
 * counted without the requester), and the 判定顺序 rows decide, the lowest order winning. Plain Java, no CDI, so the
 * benchmark and the test harness run exactly what the service runs.
 */
public final class ServiceEngine {

    /** A decision as the rules made it; {@code retentionUntil} only for destruction and deletion requests. */
    public record Outcome(ServiceVerdict decision, String ruleId, String messageZh, String messageEn,
                          LocalDate retentionUntil) {

        public boolean permitted() {
            return decision.permitted();
        }
    }

    private final ContactKeys keys;
    /** The parameters of the version last used: read once per version, not looked up per decision. */
    private volatile Parameters last;

    private record Parameters(CompiledRuleset rules, ServiceParameters values) {
    }

    public ServiceEngine(ContactKeys keys) {
        this.keys = keys;
    }

    /**
     * @param salespersonPhone whether a normalised phone belongs to a registered salesperson (GATE-PS-003's
     *                         registry half; the harness and the benchmark pass {@code p -> false})
     */
    public Outcome decide(CompiledRuleset rules, ServiceRequest request, Predicate<String> salespersonPhone) {
        Parameters p = last;
        if (p == null || p.rules() != rules) {
            p = new Parameters(rules, ServiceParameters.of(rules));
            last = p;
        }
        ServiceParameters params = p.values();
        LocalDate retention = null;
        ServiceCheck check;
        if (request instanceof ServiceRequest.Mobile m) {
            check = mobile(m, params);
        } else if (request instanceof ServiceRequest.Change c) {
            check = change(c, params, salespersonPhone);
        } else if (request instanceof ServiceRequest.Callback c) {
            check = callback(c, params);
        } else {
            ServiceRequest.Lifecycle l = (ServiceRequest.Lifecycle) request;
            retention = retentionUntil(l, params);
            check = lifecycle(l, retention);
        }
        OrderedVerdictSink out = new OrderedVerdictSink();
        rules.fire(out, List.of(check));
        OrderedVerdictSink.Verdict v = out.verdict();
        if (v == null) {
            // a workbook without the last row for this type: fail closed rather than answer nothing
            return new Outcome(ServiceVerdict.DENY, "SERVICE-NO-RULE", "规则表未覆盖该请求", "No row of the service workbook decides this request",
                    retention);
        }
        // the workbook's 结论 cells are checked against the verdicts when it compiles
        return new Outcome(ServiceVerdict.valueOf(v.decision()), v.ruleId(), v.messageZh(), v.messageEn(), retention);
    }

    ServiceCheck mobile(ServiceRequest.Mobile m, ServiceParameters params) {
        boolean applicantIsPolicyholder = "POLICYHOLDER".equals(m.applicantRole());
        boolean applicantIsInsured = "INSURED".equals(m.applicantRole())
                || (applicantIsPolicyholder && m.policyholderIsInsured());
        int age = Period.between(m.insuredBirthDate(), m.requestDate()).getYears();
        return new ServiceCheck(m.type())
                .keyInfoComplete(m.keyInfoComplete())
                .idExpired(m.customerIdExpired())
                .customerAuthenticated(m.customerAuthenticated())
                .policyInForce("IN_FORCE".equals(m.status()))
                .hasLoanFeature(m.hasLoanFeature())
                .annuityStarted(m.annuityStarted())
                .applicantIsPolicyholder(applicantIsPolicyholder)
                .applicantIsInsured(applicantIsInsured)
                .policyholderIsInsured(m.policyholderIsInsured())
                .guardianship(m.guardianship())
                .insuredMinor(age < params.ageOfMajority())
                .longTermLoanAuthorization(m.longTermLoanAuthorization())
                .signedByApplicant(m.signedByApplicant())
                .idValidityMisentered(misentered(m.applicantIdDocument()));
    }

    /** GATE-MOB-007: a household register is valid from its registration date, for the long term. */
    static boolean misentered(ServiceRequest.IdDocument d) {
        if (d == null || !"HOUSEHOLD_REGISTER".equals(d.type())) {
            return false;
        }
        String until = d.validUntil() == null ? "" : d.validUntil().replace('-', '/');
        boolean longTerm = until.equals("LONG_TERM") || until.equals("9999/99/99");
        boolean fromRegistration = d.registrationDate() == null || Objects.equals(d.validFrom(), d.registrationDate());
        return !longTerm || !fromRegistration;
    }

    ServiceCheck change(ServiceRequest.Change c, ServiceParameters params, Predicate<String> salespersonPhone) {
        String newPhone = keys.normalisedPhone(c.newMobile());
        boolean agentsPhone = false;
        if (newPhone != null) {
            for (String p : c.agentPhones()) {
                agentsPhone |= newPhone.equals(keys.normalisedPhone(p));
            }
            agentsPhone = agentsPhone || salespersonPhone.test(newPhone);
        }
        Set<String> approvers = new HashSet<>(c.approvals());
        approvers.remove(c.requesterId()); // a self-approval is ignored, not a breach (§4.5)
        return new ServiceCheck(c.type())
                .submittedByAgent("AGENT".equals(c.submittedBy()))
                .customerAuthorized(c.customerAuthorized())
                .newPhoneIsSalespersons(agentsPhone)
                .documentsMissing(c.supportingDocuments() < params.documentsNeeded(c.type()))
                .approvalsMissing(approvers.size() < params.approvalsNeeded(c.type()));
    }

    /** Day 1 is the day after receipt; the contract's period applies when longer than the workbook's. */
    static LocalDate coolingOffEnd(ServiceRequest.Callback c, ServiceParameters params) {
        int days = Math.max(params.coolingOffDays(), c.coolingOffDays() == null ? 0 : c.coolingOffDays());
        return c.policyReceiptDate().plusDays(days);
    }

    ServiceCheck callback(ServiceRequest.Callback c, ServiceParameters params) {
        LocalDate end = coolingOffEnd(c, params);
        String onFile = phone(c.phoneOnFile());
        boolean onTime = false;
        boolean late = false;
        ServiceRequest.Attempt last = null;
        for (ServiceRequest.Attempt a : c.attempts()) {
            boolean success = onFile.equals(phone(a.numberDialed())) && a.connected() && a.identityVerified();
            if (success) {
                onTime |= !a.date().isAfter(end);
                late |= a.date().isAfter(end);
            }
            if (last == null || !a.date().isBefore(last.date())) {
                last = a;
            }
        }
        return new ServiceCheck(c.type())
                .termOverOneYear(c.termOverOneYear())
                .completedOnTime(onTime)
                .completedLate(late)
                .coolingOffExpired(c.asOfDate().isAfter(end))
                .lastAttemptWrongNumber(last != null && !onFile.equals(phone(last.numberDialed())))
                .lastAttemptUnverified(last != null && !(last.connected() && last.identityVerified()));
    }

    private String phone(String raw) {
        String n = keys.normalisedPhone(raw);
        return n != null ? n : raw.trim();
    }

    /**
     * LIFE-RET-002: the latest of termination + 10 years (any term over one year) or + 5 years, business
     * relationship end + 5 years, dispute end + 2 years (years from the workbook); null while nothing has ended.
     */
    static LocalDate retentionUntil(ServiceRequest.Lifecycle l, ServiceParameters params) {
        LocalDate until = null;
        if (l.lastContractTerminationDate() != null) {
            until = l.lastContractTerminationDate().plusYears(params.get(l.longestTermOverOneYear()
                    ? ServiceParameters.LONG_TERM_YEARS : ServiceParameters.SHORT_TERM_YEARS));
        }
        if (l.businessRelationshipEndDate() != null) {
            until = later(until, l.businessRelationshipEndDate().plusYears(params.get(ServiceParameters.AML_YEARS)));
        }
        if (l.disputeEndDate() != null) {
            until = later(until, l.disputeEndDate().plusYears(params.get(ServiceParameters.DISPUTE_EXTRA_YEARS)));
        }
        return until;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    static ServiceCheck lifecycle(ServiceRequest.Lifecycle l, LocalDate retentionUntil) {
        // a period that ends on day D still holds on D
        boolean within = retentionUntil == null || !l.requestDate().isAfter(retentionUntil);
        return new ServiceCheck(l.type())
                .hasInForcePolicy(l.hasInForcePolicy())
                .legalHold(l.legalHold())
                .withinRetention(within)
                .independentApproval(l.approverId() != null && !l.approverId().equals(l.requesterId()));
    }
}
