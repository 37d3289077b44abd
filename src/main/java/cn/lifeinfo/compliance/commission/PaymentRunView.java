package cn.lifeinfo.compliance.commission;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A run, its status (the last state-changing event: CREATED, SIGNED_OFF or PAID) and its whole history. Lines are
 * not echoed: their policy numbers are kept only as keyed hashes.
 */
public record PaymentRunView(String runId, String period, String intermediaryId, BigDecimal totalAmount,
                             int lineCount, String status, String ruleId, String createdBy, Instant createdAt,
                             List<Event> history) {

    public record Event(int seq, String event, String actor, Instant at, String note) {
        static Event of(PaymentEventEntity e) {
            return new Event(e.seq, e.event, e.actor, e.at, e.note);
        }
    }
}
