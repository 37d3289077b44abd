package cn.lifeinfo.compliance.ruleset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Rule rows added, removed or changed between two versions, cell by cell. Rows have no id of their own, so a row is
 * known by its first cell (the rule id, or the key of a lookup table) and how many rows with that id came before it;
 * moving a row within a table is therefore not a change, editing its cells is.
 */
public final class RulesetDiff {

    public record Result(List<SheetChanges> sheets) {
    }

    public record SheetChanges(String sheet, List<RuleRow> added, List<RuleRow> removed, List<ChangedRow> changed) {
    }

    public record RuleRow(String key, int row, Map<String, String> cells) {
    }

    public record ChangedRow(String key, int rowBefore, int rowAfter, List<CellChange> cells) {
    }

    public record CellChange(String column, String header, String before, String after) {
    }

    public Result compare(RuleFamily family, byte[] before, byte[] after) {
        Map<String, Map<String, RuleRow>> a = rows(family, before);
        Map<String, Map<String, RuleRow>> b = rows(family, after);
        List<SheetChanges> sheets = new ArrayList<>();
        java.util.Set<String> names = new java.util.LinkedHashSet<>(a.keySet());
        names.addAll(b.keySet());
        for (String sheet : names) {
            Map<String, RuleRow> x = a.getOrDefault(sheet, Map.of());
            Map<String, RuleRow> y = b.getOrDefault(sheet, Map.of());
            List<RuleRow> added = y.values().stream().filter(r -> !x.containsKey(r.key())).toList();
            List<RuleRow> removed = x.values().stream().filter(r -> !y.containsKey(r.key())).toList();
            List<ChangedRow> changed = new ArrayList<>();
            for (RuleRow old : x.values()) {
                RuleRow neu = y.get(old.key());
                if (neu != null) {
                    List<CellChange> cells = cellChanges(old, neu);
                    if (!cells.isEmpty()) {
                        changed.add(new ChangedRow(old.key(), old.row(), neu.row(), cells));
                    }
                }
            }
            if (!added.isEmpty() || !removed.isEmpty() || !changed.isEmpty()) {
                sheets.add(new SheetChanges(sheet, added, removed, changed));
            }
        }
        return new Result(sheets);
    }

    /** Cells are compared by header, not letter: a version laid out before issue #12 has other column letters. */
    private static List<CellChange> cellChanges(RuleRow old, RuleRow neu) {
        Map<String, String[]> before = byHeader(old);
        Map<String, String[]> after = byHeader(neu);
        java.util.Set<String> headers = new java.util.LinkedHashSet<>(before.keySet());
        headers.addAll(after.keySet());
        List<CellChange> changes = new ArrayList<>();
        for (String header : headers) {
            String[] b = before.getOrDefault(header, new String[]{null, ""});
            String[] a = after.getOrDefault(header, new String[]{null, ""});
            if (!Objects.equals(b[1], a[1])) {
                changes.add(new CellChange(a[0] != null ? a[0] : b[0], header, b[1], a[1]));
            }
        }
        return changes;
    }

    private static Map<String, String[]> byHeader(RuleRow row) {
        Map<String, String[]> cells = new LinkedHashMap<>();
        row.cells().forEach((column, value) -> {
            int bar = column.indexOf(' ');
            cells.put(column.substring(bar + 1), new String[]{column.substring(0, bar), value});
        });
        return cells;
    }

    /** sheet → (row key → row), for every business table the family's templates define. */
    private static Map<String, Map<String, RuleRow>> rows(RuleFamily family, byte[] bytes) {
        Map<String, Map<String, RuleRow>> result = new LinkedHashMap<>();
        List<DecisionTableReader.TableRows> tables;
        try {
            tables = new DecisionTableReader().tables(family, "workbook.xlsx", bytes, false);
        } catch (RulesetInvalidException unreadable) {
            return result;
        }
        for (DecisionTableReader.TableRows table : tables) {
            Map<String, RuleRow> rows = new LinkedHashMap<>();
            Map<String, Integer> seen = new HashMap<>();
            for (DecisionTableReader.RowValues row : table.rows()) {
                Map<String, String> cells = new LinkedHashMap<>();
                row.raw().forEach((i, v) -> cells.put(row.letters().get(i) + " "
                        + TableTemplates.normalise(table.table().columns().get(i).header()), v));
                String id = row.raw().getOrDefault(0, "row");
                int n = seen.merge(id, 1, Integer::sum);
                rows.put(id + "#" + n, new RuleRow(id + "#" + n, row.row(), cells));
            }
            if (!rows.isEmpty()) {
                result.put(table.sheet(), rows);
            }
        }
        return result;
    }
}
