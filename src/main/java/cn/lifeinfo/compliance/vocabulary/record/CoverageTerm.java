package cn.lifeinfo.compliance.vocabulary.record;

public record CoverageTerm(String unit, Integer value) {
}
