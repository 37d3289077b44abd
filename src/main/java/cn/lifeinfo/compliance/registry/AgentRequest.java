package cn.lifeinfo.compliance.registry;

import cn.lifeinfo.compliance.vocabulary.record.Address;

/**
 * PUT /api/v1/agents/{agentCode} body (API.md).
 *
 * @param commitmentSignedOn the day the salesperson signed the customer-information truthfulness commitment
 *                           (PEN-STAFF-007, YYYY-MM-DD); absent = not signed, which the hiring check refuses
 */
public record AgentRequest(String agentCode, String name, String gender, String birthDate, String idType,
                           String idNumber, String mobile, String branchCode, String status, String teamLeaderCode,
                           Address address, String commitmentSignedOn) {

    /** An entry without the commitment date (callers from before PEN-STAFF-007). */
    public AgentRequest(String agentCode, String name, String gender, String birthDate, String idType,
                        String idNumber, String mobile, String branchCode, String status, String teamLeaderCode,
                        Address address) {
        this(agentCode, name, gender, birthDate, idType, idNumber, mobile, branchCode, status, teamLeaderCode,
                address, null);
    }
}
