package cn.lifeinfo.compliance.service;

import java.time.LocalDate;
import java.util.List;

/**
 * A policy-service or data-lifecycle request of POST /api/v1/decisions/service (API.md "Service requests and data
 * lifecycle"), read and checked by {@link ServiceRequestReader}: every required field is present and typed.
 */
public sealed interface ServiceRequest {

    String type();

    /** What the audit row keys the decision on: the policy number or the customer id (hashed before storing). */
    String subject();

    String channel();

    /** POLICY_LOAN, SURVIVAL_BENEFIT (移动保全). */
    record Mobile(String type, LocalDate requestDate, String channel, String applicantRole,
                  boolean customerAuthenticated, boolean signedByApplicant, String policyNo, String status,
                  boolean hasLoanFeature, boolean annuityStarted, boolean policyholderIsInsured, boolean guardianship,
                  LocalDate insuredBirthDate, boolean longTermLoanAuthorization, boolean keyInfoComplete,
                  boolean customerIdExpired, IdDocument applicantIdDocument) implements ServiceRequest {
        @Override
        public String subject() {
            return policyNo;
        }
    }

    /** The applicant's ID document as entered (optional; GATE-MOB-007 checks a household register's validity). */
    record IdDocument(String type, LocalDate validFrom, String validUntil, LocalDate registrationDate) {
    }

    /** CONTACT_CHANGE, IDENTITY_CHANGE. */
    record Change(String type, LocalDate requestDate, String channel, String submittedBy, boolean customerAuthorized,
                  String requesterId, String policyNo, String newMobile, String oldMobile, List<String> agentPhones,
                  List<String> approvals, int supportingDocuments) implements ServiceRequest {
        @Override
        public String subject() {
            return policyNo;
        }
    }

    /** CALLBACK (回访). {@code coolingOffDays} is the contract's, or null. */
    record Callback(String type, LocalDate asOfDate, String channel, String policyNo, boolean termOverOneYear,
                    LocalDate policyReceiptDate, Integer coolingOffDays, String phoneOnFile, List<Attempt> attempts)
            implements ServiceRequest {
        @Override
        public String subject() {
            return policyNo;
        }
    }

    record Attempt(LocalDate date, String numberDialed, boolean connected, boolean identityVerified) {
    }

    /** DATA_DESTRUCTION, CUSTOMER_DELETION_REQUEST. */
    record Lifecycle(String type, LocalDate requestDate, String channel, String requesterId, String approverId,
                     String customerId, boolean hasInForcePolicy, boolean legalHold,
                     LocalDate lastContractTerminationDate, LocalDate businessRelationshipEndDate,
                     boolean longestTermOverOneYear, LocalDate disputeEndDate) implements ServiceRequest {
        @Override
        public String subject() {
            return customerId;
        }
    }
}
