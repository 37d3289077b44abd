package cn.lifeinfo.compliance.registry;

import cn.lifeinfo.compliance.vocabulary.record.Address;

import java.util.List;

/** What a GET shows of an institution: phones masked, address detail hidden. */
public record InstitutionView(String institutionId, String type, String name, List<String> phones, Address address) {

    static InstitutionView of(InstitutionEntity e) {
        return new InstitutionView(e.institutionId, e.type, e.name, e.phones.stream().map(p -> p.masked).toList(),
                e.address == null ? null : e.address.view());
    }
}
