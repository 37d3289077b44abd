package cn.lifeinfo.compliance.assessment;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Catalog §5.3's statuses, from least to most severe: the order managers sort by. */
public enum AgentStatus {
    NORMAL, GREY_LIST, COMMISSION_HOLD, DEMOTION, TERMINATED;

    public static Optional<AgentStatus> of(String code) {
        return Arrays.stream(values()).filter(s -> s.name().equals(code)).findFirst();
    }

    /** Unknown codes (a workbook may name one the catalog does not) rank below NORMAL. */
    public static int severity(String code) {
        return of(code).map(Enum::ordinal).orElse(-1);
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
