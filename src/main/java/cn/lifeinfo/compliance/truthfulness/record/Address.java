package cn.lifeinfo.compliance.truthfulness.record;

public record Address(String province, String city, String district, String detail) {
}
