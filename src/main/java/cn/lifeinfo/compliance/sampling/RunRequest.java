package cn.lifeinfo.compliance.sampling;

/** Body of POST /api/v1/sampling/runs; without a branch, every branch with policies in the period gets its run. */
public record RunRequest(String kind, String period, String branchCode) {
}
