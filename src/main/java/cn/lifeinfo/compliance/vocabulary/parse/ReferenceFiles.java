package cn.lifeinfo.compliance.vocabulary.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Reads the vendored files under {@code reference/} on the classpath; a missing file is a packaging error. */
final class ReferenceFiles {

    private static final String BASE = "reference/";

    private ReferenceFiles() {
    }

    static InputStream open(String file) {
        InputStream in = ReferenceFiles.class.getClassLoader().getResourceAsStream(BASE + file);
        if (in == null) {
            throw new IllegalStateException("reference data missing from the classpath: " + BASE + file);
        }
        return in;
    }

    /** Each data row split on commas, header skipped. The files hold no quoted fields. */
    static void forEachCsvRow(String file, Consumer<String[]> rowConsumer) {
        for (String line : dataLines(file, true)) {
            String[] row = line.split(",", -1);
            if (row.length >= 2) {
                rowConsumer.accept(row);
            }
        }
    }

    /** Non-blank lines without '#' comments. */
    static List<String> dataLines(String file, boolean skipHeader) {
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8))) {
            if (skipHeader) {
                r.readLine();
            }
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String data = line.replaceFirst("#.*", "").strip();
                if (!data.isEmpty()) {
                    lines.add(data);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference data " + BASE + file, e);
        }
        return lines;
    }
}
