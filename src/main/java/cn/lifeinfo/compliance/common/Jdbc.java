package cn.lifeinfo.compliance.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Small helpers for the bulk lookups that keep cross-record checks at a handful of queries per chunk. */
public final class Jdbc {

    /** Largest IN list sent in one statement. */
    public static final int IN_LIMIT = 500;

    private Jdbc() {
    }

    public static String placeholders(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    public static <T> List<List<T>> slices(Collection<T> values) {
        List<List<T>> slices = new ArrayList<>();
        List<T> current = new ArrayList<>(Math.min(values.size(), IN_LIMIT));
        for (T v : values) {
            current.add(v);
            if (current.size() == IN_LIMIT) {
                slices.add(current);
                current = new ArrayList<>(IN_LIMIT);
            }
        }
        if (!current.isEmpty()) {
            slices.add(current);
        }
        return slices;
    }
}
