package cn.lifeinfo.compliance.vocabulary.record;

public record Product(String code, String name, String category, Boolean hasDeathBenefit, Boolean investmentLinked) {
}
