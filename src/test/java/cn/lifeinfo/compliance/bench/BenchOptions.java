package cn.lifeinfo.compliance.bench;

import java.util.HashMap;
import java.util.Map;

/** The benchmarks' {@code key=value} arguments (passed with -Dbench.args). */
public final class BenchOptions {

    private BenchOptions() {
    }

    public static Map<String, String> parse(String[] args) {
        Map<String, String> opt = new HashMap<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("expected key=value, got " + a);
            }
            opt.put(a.substring(0, eq), a.substring(eq + 1));
        }
        return opt;
    }
}
