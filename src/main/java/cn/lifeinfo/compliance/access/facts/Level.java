package cn.lifeinfo.compliance.access.facts;

/** What a role sees of one field (catalog §3.2): F = full, M = masked, — = no access. */
public enum Level {
    FULL, MASKED, NONE;

    /** Sheet spelling: F/全, M/掩/脱敏, —/-/N/无. Anything else is no access (fail closed). */
    public static Level parse(String cell) {
        String v = cell == null ? "" : cell.trim().toUpperCase();
        return switch (v) {
            case "F", "FULL", "全" -> FULL;
            case "M", "MASKED", "掩", "脱敏" -> MASKED;
            default -> NONE;
        };
    }
}
