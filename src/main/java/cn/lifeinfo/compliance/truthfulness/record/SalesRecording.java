package cn.lifeinfo.compliance.truthfulness.record;

public record SalesRecording(Boolean completed) {
}
