package cn.lifeinfo.compliance.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;

/** A stored violation as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ViolationView(String violationId, String agentCode, String date, String type, Integer points,
                            Boolean active, String expiresOn, String policyNo, boolean suspectedCrime, String source,
                            String decisionId, String enteredBy, String note, String createdAt) {

    /** Inspectors' free text is for inspectors and auditors (identity/Caller#mayReadInspectorNotes). */
    ViolationView withoutNote() {
        return note == null ? this : new ViolationView(violationId, agentCode, date, type, points, active, expiresOn,
                policyNo, suspectedCrime, source, decisionId, enteredBy, null, createdAt);
    }

    /**
     * @param expiresOn the first day the violation no longer counts, or null when not asked for a date
     */
    static ViolationView of(ViolationEntity e, Integer points, Boolean active, LocalDate expiresOn) {
        return new ViolationView(e.violationId, e.agentCode, e.date.toString(), e.type, points, active,
                expiresOn == null ? null : expiresOn.toString(), e.policyNoMasked, e.suspectedCrime, e.source, e.decisionId, e.enteredBy, e.note,
                e.createdAt == null ? null : e.createdAt.toString());
    }
}
