package cn.lifeinfo.compliance.registry;

import cn.lifeinfo.compliance.truthfulness.record.Address;

/** What a GET shows of a registered agent: personal fields masked. */
public record AgentView(String agentCode, String name, String gender, String birthDate, String idType,
                        String idNumber, String mobile, String branchCode, String status, String teamLeaderCode,
                        Address address) {

    static AgentView of(AgentEntity e) {
        return new AgentView(e.agentCode, e.name, e.gender, e.birthDate, e.idType, e.idNumberMasked, e.mobileMasked,
                e.branchCode, e.status, e.teamLeaderCode,
                e.address == null ? null : e.address.view());
    }
}
