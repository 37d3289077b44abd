package cn.lifeinfo.compliance.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A stored violation as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ViolationView(String violationId, String agentCode, String date, String type, Integer points,
                            Boolean active, boolean suspectedCrime, String source, String decisionId,
                            String enteredBy, String note, String createdAt) {

    /** Inspectors' free text is for inspectors and auditors (identity/Caller#mayReadInspectorNotes). */
    ViolationView withoutNote() {
        return note == null ? this : new ViolationView(violationId, agentCode, date, type, points, active,
                suspectedCrime, source, decisionId, enteredBy, null, createdAt);
    }

    static ViolationView of(ViolationEntity e, Integer points, Boolean active) {
        return new ViolationView(e.violationId, e.agentCode, e.date.toString(), e.type, points, active,
                e.suspectedCrime, e.source, e.decisionId, e.enteredBy, e.note,
                e.createdAt == null ? null : e.createdAt.toString());
    }
}
