package cn.lifeinfo.compliance.lifecycle;

/** Bodies of the LIFE-LIST-001 endpoints. */
public final class ListExportRequests {

    private ListExportRequests() {
    }

    /**
     * POST /api/v1/lifecycle/list-exports.
     *
     * @param downloadedBy the user who downloaded the list (the access log's user id)
     * @param agentCode    the salesperson holding the list, if a salesperson does (must be registered)
     * @param exportedAt   ISO-8601 instant of the download; default now
     */
    public record Export(String downloadedBy, String agentCode, String purpose, Integer rowCount, String exportedAt) {
    }

    /** POST …/{exportId}/destruction: the day it was destroyed (default today) and how (LIFE-DES-002). */
    public record Destruction(String destroyedOn, String method) {
    }

    /** POST …/overdue-check: the day to judge (default today). */
    public record Check(String asOf) {
    }
}
