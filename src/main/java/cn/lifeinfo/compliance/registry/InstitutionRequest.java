package cn.lifeinfo.compliance.registry;

import cn.lifeinfo.compliance.vocabulary.record.Address;

import java.util.List;

/** PUT /api/v1/institutions/{institutionId} body (API.md). */
public record InstitutionRequest(String institutionId, String type, String name, String phone, List<String> phones,
                                 Address address) {
}
