package cn.lifeinfo.compliance.lifecycle;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A logged list as the endpoints show it: {@code destroyBy} is the last day it may still be destroyed in time
 * (exportedOn + list.destroyWithinDays of the service workbook in force); {@code overdue} is judged on the asked day.
 */
public record ListExportView(String exportId, String ruleId, Instant exportedAt, LocalDate exportedOn,
                             String downloadedBy, String agentCode, String purpose, int rowCount, String recordedBy,
                             LocalDate destroyBy, LocalDate destroyedOn, String destroyedMethod, boolean overdue,
                             String violationId) {

    static ListExportView of(ListExportEntity e, int days, LocalDate asOf) {
        LocalDate destroyBy = e.exportedOn.plusDays(days);
        return new ListExportView(e.exportId, ListExports.RULE_ID, e.exportedAt, e.exportedOn, e.downloadedBy,
                e.agentCode, e.purpose, e.rowCount, e.recordedBy, destroyBy, e.destroyedOn, e.destroyedMethod,
                ListExports.overdue(e, destroyBy, asOf), e.violationId);
    }
}
