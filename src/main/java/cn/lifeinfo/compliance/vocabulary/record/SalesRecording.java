package cn.lifeinfo.compliance.vocabulary.record;

public record SalesRecording(Boolean completed) {
}
