package cn.lifeinfo.compliance.registry;

import cn.lifeinfo.compliance.vocabulary.record.Address;

/** What a GET shows of a registered agent: personal fields masked, the birth date to its year. */
public record AgentView(String agentCode, String name, String gender, String birthDate, String idType,
                        String idNumber, String mobile, String branchCode, String status, String teamLeaderCode,
                        Address address, String commitmentSignedOn) {

    static AgentView of(AgentEntity e) {
        return new AgentView(e.agentCode, e.name, e.gender, birthYearOnly(e.birthDate), e.idType, e.idNumberMasked, e.mobileMasked,
                e.branchCode, e.status, e.teamLeaderCode,
                e.address == null ? null : e.address.view(),
                e.commitmentSignedOn == null ? null : e.commitmentSignedOn.toString());
    }

    /**
     * {@code 1988-**-**}: with the masked ID's last digits and the district, a full birth date would leave one valid
     * ID number; the year alone leaves dozens.
     */
    static String birthYearOnly(String birthDate) {
        if (birthDate == null || birthDate.isBlank()) {
            return birthDate;
        }
        String year = birthDate.trim().length() >= 4 ? birthDate.trim().substring(0, 4) : "****";
        return year.chars().allMatch(Character::isDigit) ? year + "-**-**" : "****-**-**";
    }
}
