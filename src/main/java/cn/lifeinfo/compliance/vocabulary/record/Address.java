package cn.lifeinfo.compliance.vocabulary.record;

public record Address(String province, String city, String district, String detail) {
}
