package cn.lifeinfo.compliance.ruleset;

import java.util.Arrays;
import java.util.Optional;

/** The rule families; each has its own folder under {@code rules/} and its own version sequence. */
public enum RuleFamily {
    TRUTHFULNESS, ACCESS, ASSESSMENT, SERVICE;

    public String id() {
        return name().toLowerCase();
    }

    public static Optional<RuleFamily> fromId(String id) {
        return Arrays.stream(values()).filter(f -> f.id().equals(id)).findFirst();
    }
}
