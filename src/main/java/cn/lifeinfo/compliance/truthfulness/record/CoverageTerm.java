package cn.lifeinfo.compliance.truthfulness.record;

public record CoverageTerm(String unit, Integer value) {
}
