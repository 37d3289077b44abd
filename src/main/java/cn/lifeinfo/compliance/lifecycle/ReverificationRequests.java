package cn.lifeinfo.compliance.lifecycle;

/** Bodies of the LIFE-UPD-001 endpoints. */
public final class ReverificationRequests {

    private ReverificationRequests() {
    }

    /** POST /api/v1/lifecycle/reverification-runs: the day to judge (default today). */
    public record Run(String asOf) {
    }

    /**
     * POST …/reverification-tasks/notification-failures: a notice to the customer (the policyholder with this ID
     * number) could not be delivered on {@code failedOn}.
     */
    public record NotificationFailure(String idNumber, String failedOn, String channel) {
    }

    /** POST …/reverification-tasks/{taskId}/completion. */
    public record Completion(String completedOn, String outcome) {
    }

    /** POST …/reverification-tasks/search: the tasks of one customer, found by the hash of this ID number. */
    public record Search(String idNumber) {
    }
}
