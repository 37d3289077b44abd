package cn.lifeinfo.compliance.registry;

import cn.lifeinfo.compliance.truthfulness.record.Address;

/** PUT /api/v1/agents/{agentCode} body (API.md). */
public record AgentRequest(String agentCode, String name, String gender, String birthDate, String idType,
                           String idNumber, String mobile, String branchCode, String status, String teamLeaderCode,
                           Address address) {
}
