package cn.lifeinfo.compliance.truthfulness.record;

public record Product(String code, String name, String category, Boolean hasDeathBenefit, Boolean investmentLinked) {
}
