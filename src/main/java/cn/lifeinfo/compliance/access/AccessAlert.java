package cn.lifeinfo.compliance.access;

import java.time.Instant;

/**
 * ACC-MON-001: a user with at least the configured number of ACC-SCOPE-001 / ACC-FIELD-001 denials inside one
 * window (default 3 in 24 h). The id is the first denial's decision id, so it stays the same on every read and
 * the assessment family can use it to record a violation once. {@code windowEnd} is exclusive.
 */
public record AccessAlert(String alertId, String ruleId, String userId, String agentCode, Instant windowStart,
                          Instant windowEnd, int count, Instant lastDenialAt, String messageZh, String messageEn,
                          String suggestedViolationType) {
}
