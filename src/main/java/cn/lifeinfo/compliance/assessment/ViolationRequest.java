package cn.lifeinfo.compliance.assessment;

/** Body of POST /api/v1/agents/{agentCode}/violations (API.md; RECORD.md "Violation event"). */
public record ViolationRequest(String date, String type, String policyNo, Boolean suspectedCrime, String note) {
}
