package cn.lifeinfo.compliance.access.facts;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * One row of the 角色矩阵 sheet (catalog §3.2): what a role may do, for which purposes, under which conditions, and
 * what it sees of each field class. Built from the row's cells by the sheet's action; immutable.
 */
public final class RoleGrant {

    public static final List<String> CLASSES = List.of("BASIC", "CONTACT", "IDENTITY", "ID_IMAGE", "BIOMETRIC",
            "FINANCIAL", "HEALTH");

    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,,、;;\\s]+");
    private static final Map<Key, RoleGrant> CACHE = new ConcurrentHashMap<>();

    /** A row's cells; they are literals of the compiled rule, so equality is mostly reference equality. */
    private static final class Key {
        private final String[] cells;
        private final int hash;

        Key(String[] cells) {
            this.cells = cells;
            this.hash = Arrays.hashCode(cells);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.hash == hash && Arrays.equals(k.cells, cells);
        }
    }

    private final Set<String> purposes;
    private final Set<String> actions;
    private final String scope;
    private final boolean branchScoped;
    private final String ticketType;
    private final boolean approvalAlways;
    private final boolean callerVerification;
    private final boolean thirdParty;
    private final Map<String, Level> classLevels;
    private final Map<String, Level> fieldLevels;
    private final Set<String> minorMasks;

    private RoleGrant(Set<String> purposes, Set<String> actions, String scope, boolean branchScoped, String ticketType,
                      boolean approvalAlways, boolean callerVerification, boolean thirdParty,
                      Map<String, Level> classLevels, Map<String, Level> fieldLevels, Set<String> minorMasks) {
        this.purposes = purposes;
        this.actions = actions;
        this.scope = scope;
        this.branchScoped = branchScoped;
        this.ticketType = ticketType;
        this.approvalAlways = approvalAlways;
        this.callerVerification = callerVerification;
        this.thirdParty = thirdParty;
        this.classLevels = classLevels;
        this.fieldLevels = fieldLevels;
        this.minorMasks = minorMasks;
    }

    /**
     * Called from the role-matrix sheet with the row's cells, in column order. The cells are constants of the
     * compiled rule, so the parsed grant is cached: a decision does not parse the row again.
     */
    public static RoleGrant of(String purposes, String actions, String scope, String branch, String ticket,
                               String approval, String caller, String thirdParty, String basic, String contact,
                               String identity, String idImage, String biometric, String financial, String health,
                               String fieldOverrides, String minorMasks) {
        Key key = new Key(new String[]{purposes, actions, scope, branch, ticket, approval, caller, thirdParty,
                basic, contact, identity, idImage, biometric, financial, health, fieldOverrides, minorMasks});
        RoleGrant cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        if (CACHE.size() > 10_000) {
            CACHE.clear(); // many reloads of edited sheets: start again rather than grow
        }
        RoleGrant parsed = parse(purposes, actions, scope, branch, ticket, approval, caller, thirdParty, basic,
                contact, identity, idImage, biometric, financial, health, fieldOverrides, minorMasks);
        CACHE.put(key, parsed);
        return parsed;
    }

    private static RoleGrant parse(String purposes, String actions, String scope, String branch, String ticket,
                                   String approval, String caller, String thirdParty, String basic, String contact,
                                   String identity, String idImage, String biometric, String financial,
                                   String health, String fieldOverrides, String minorMasks) {
        Map<String, Level> classes = new HashMap<>();
        String[] levels = {basic, contact, identity, idImage, biometric, financial, health};
        for (int i = 0; i < CLASSES.size(); i++) {
            classes.put(CLASSES.get(i), Level.parse(levels[i]));
        }
        Map<String, Level> fields = new HashMap<>();
        for (String pair : list(fieldOverrides)) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(pair.substring(0, eq).trim(), Level.parse(pair.substring(eq + 1)));
            }
        }
        String t = ticket == null ? "" : ticket.trim();
        return new RoleGrant(list(purposes), list(actions), scope == null ? "" : scope.trim().toUpperCase(),
                yes(branch), none(t) ? null : t, yes(approval), yes(caller), yes(thirdParty),
                Collections.unmodifiableMap(classes), Collections.unmodifiableMap(fields), list(minorMasks));
    }

    /** The level for a field of a class: a per-field exception first, else the class level; unknown class = none. */
    public Level levelOf(String field, String fieldClass) {
        Level own = fieldLevels.get(field);
        if (own != null) {
            return own;
        }
        if (fieldClass == null) {
            return Level.NONE;
        }
        return classLevels.getOrDefault(fieldClass, Level.NONE);
    }

    public Set<String> purposes() { return purposes; }
    public Set<String> actions() { return actions; }
    public String scope() { return scope; }
    public boolean branchScoped() { return branchScoped; }
    /** null when the role needs no ticket. */
    public String ticketType() { return ticketType; }
    public boolean approvalAlways() { return approvalAlways; }
    public boolean callerVerification() { return callerVerification; }
    public boolean thirdParty() { return thirdParty; }
    public Set<String> minorMasks() { return minorMasks; }

    /** Comma, 、 or ; separated; "-", "—" and "无" mean an empty list. */
    static Set<String> list(String cell) {
        if (cell == null || none(cell.trim())) {
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>();
        Arrays.stream(LIST_SEPARATOR.split(cell)).map(String::trim).filter(s -> !s.isEmpty()).forEach(out::add);
        return Collections.unmodifiableSet(out);
    }

    private static boolean none(String v) {
        return v.isEmpty() || v.equals("-") || v.equals("—") || v.equals("无") || v.equalsIgnoreCase("NONE");
    }

    static boolean yes(String cell) {
        if (cell == null) {
            return false;
        }
        String v = cell.trim();
        return v.equals("是") || v.equalsIgnoreCase("Y") || v.equalsIgnoreCase("YES") || v.equalsIgnoreCase("TRUE");
    }
}
