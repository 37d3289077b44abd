package cn.lifeinfo.compliance.ruleset;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the DRL of one table from the service's templates and the checked values. Values inside quotes are
 * escaped here; bare values are only ever true/false or numbers (their grammar allows nothing else). Each rule
 * carries a "rule values at A12" comment naming the officer's row, which {@link RulesetCompiler} uses to map a
 * compile error back to the sheet.
 */
final class TableDrl {

    private TableDrl() {
    }

    static String write(TableTemplates templates, DecisionTableReader.TableRows rows) {
        TableTemplates.Table table = rows.table();
        StringBuilder drl = new StringBuilder("package ").append(templates.packageName()).append(";\n\n");
        templates.imports().forEach(i -> drl.append("import ").append(i).append(";\n"));
        templates.globals().forEach(g -> drl.append("global ").append(g).append(";\n"));
        for (DecisionTableReader.RowValues row : rows.rows()) {
            List<String> conditions = new ArrayList<>();
            List<String> statements = new ArrayList<>();
            String salience = null;
            for (int i = 0; i < table.columns().size(); i++) {
                TableTemplates.Column column = table.columns().get(i);
                CellGrammar.Checked value = row.checked().get(i);
                if (value == null) {
                    continue;
                }
                if (column.salience()) {
                    salience = value.value();
                } else if (column.when() != null) {
                    conditions.add(condition(column, value));
                } else if (column.then() != null) {
                    statements.add(substitute(column.then(), value.value(), column.quoted()));
                }
            }
            statements.addAll(table.calls());
            drl.append("\n// rule values at ").append(row.letters().get(0)).append(row.row()).append('\n')
                    .append("rule \"").append(table.name()).append('_').append(row.row()).append("\"\n");
            if (salience != null) {
                drl.append("    salience ").append(salience).append('\n');
            }
            drl.append("    when\n        ").append(table.pattern()).append('(')
                    .append(String.join(", ", conditions)).append(")\n    then\n");
            statements.forEach(s -> drl.append("        ").append(s).append('\n'));
            drl.append("end\n");
        }
        return drl.toString();
    }

    /** {@code forall(||){x == "$"}} holds when any of the listed codes matches. */
    private static String condition(TableTemplates.Column column, CellGrammar.Checked value) {
        String snippet = column.when();
        if (snippet.startsWith("forall(||){")) {
            String each = snippet.substring("forall(||){".length(), snippet.lastIndexOf('}'));
            List<String> alternatives = new ArrayList<>();
            for (String item : value.items()) {
                alternatives.add(each.replace("\"$\"", "\"" + escape(item) + "\""));
            }
            return "(" + String.join(" || ", alternatives) + ")";
        }
        return substitute(snippet, value.value(), column.quoted());
    }

    private static String substitute(String snippet, String value, boolean quoted) {
        return snippet.replace("$param", quoted ? escape(value) : value);
    }

    /** Java/DRL string-literal escaping: a value can end its string no more than it can start an expression. */
    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return out.toString();
    }
}
