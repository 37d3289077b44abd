package cn.lifeinfo.compliance.ruleset;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The technical half of a family's decision tables, owned by the service and versioned with it: package, imports,
 * the fact pattern, the DRL snippet behind each column and the grammar every cell of that column must satisfy. An
 * uploaded workbook supplies only the values under the headers named here (issue #12: a workbook is data, never
 * code). Kept beside the family's vocabulary, in {@code <family package>/decision-tables.json}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TableTemplates(String family, int version, @JsonProperty("package") String packageName,
                             List<String> imports, List<String> globals, List<Table> tables,
                             Map<String, List<String>> legacyWordLists) {

    public TableTemplates {
        legacyWordLists = legacyWordLists == null ? Map.of() : legacyWordLists;
    }

    private static final Map<RuleFamily, TableTemplates> LOADED = new EnumMap<>(RuleFamily.class);

    /**
     * @param sheet   the worksheet the officer edits, found by this exact name
     * @param pattern the fact pattern every condition of the table constrains, e.g. {@code $p : PersonFacts}
     * @param calls   statements run after the columns' own statements, using the variables those declare
     * @param optional a table added after workbooks of the family were stored: a workbook without its sheet (an
     *                 earlier version, kept for rollback) compiles without its rules instead of being refused
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Table(String name, String sheet, String pattern, List<Column> columns, List<String> calls,
                        boolean optional) {
    }

    /**
     * One column, in the order it appears on the sheet. {@code when} is a condition snippet, {@code then} an action
     * statement, {@code salience} marks the priority column; a column with none of them documents the row only.
     * {@code $param} stands for the checked value: inside quotes the service escapes it, bare it can only be a
     * number or true/false because the grammar allows nothing else. {@code legacyHeader} and {@code legacyValues}
     * read versions stored before issue #12: the column's old label, and the regular expressions it held mapped to
     * the word lists (in {@code legacyWordLists}) that replaced them.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Column(String header, String when, String then, boolean salience, boolean required,
                         CellGrammar grammar, List<String> examples, String legacyHeader,
                         Map<String, String> legacyValues) {

        /** The header as compared with the sheet: line breaks and runs of spaces do not count. */
        public String label() {
            return normalise(header);
        }

        public boolean quoted() {
            String snippet = when != null ? when : then;
            return snippet == null || snippet.contains("\"$param\"") || snippet.contains("\"$\"");
        }
    }

    public static String normalise(String header) {
        return header == null ? "" : header.replaceAll("\\s+", " ").trim();
    }

    public static synchronized TableTemplates of(RuleFamily family) {
        return LOADED.computeIfAbsent(family, TableTemplates::load);
    }

    private static TableTemplates load(RuleFamily family) {
        String path = "/cn/lifeinfo/compliance/" + family.id() + "/decision-tables.json";
        try (InputStream in = TableTemplates.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path);
            }
            TableTemplates templates = new ObjectMapper().readValue(in, TableTemplates.class);
            templates.check();
            return templates;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A bare $param must never receive text; fail at start-up rather than on an officer's upload. */
    private void check() {
        for (Table table : tables) {
            for (Column column : table.columns()) {
                String snippet = column.when() != null ? column.when() : column.then();
                boolean bare = snippet != null && !column.quoted() && snippet.contains("$param");
                if ((bare || column.salience()) && !column.grammar().literalSafe()) {
                    throw new IllegalStateException(family + "/" + table.name() + ": column " + column.label()
                            + " puts an unquoted value into DRL but its grammar allows text");
                }
            }
        }
    }
}
