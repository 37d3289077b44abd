package cn.lifeinfo.compliance.ruleset;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/** A version as the API shows it (no content). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VersionView(String family, int version, String label, String status, String fileName, String checksum,
                          Integer ruleCount, String uploadedBy, Instant uploadedAt, String approvedBy,
                          Instant activatedAt, Instant retiredAt) {

    static VersionView of(RulesetVersionEntity e) {
        return new VersionView(e.family, e.version, e.family + "@" + e.version, e.status, e.fileName, e.checksum,
                e.ruleCount, e.uploadedBy, e.uploadedAt, e.approvedBy, e.activatedAt, e.retiredAt);
    }
}
