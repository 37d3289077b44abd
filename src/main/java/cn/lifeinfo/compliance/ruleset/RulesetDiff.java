package cn.lifeinfo.compliance.ruleset;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Rule rows added, removed or changed between two versions, cell by cell. Rows have no id of their own, so a row is
 * known by its first action cell (the rule id) and how many rows with that id came before it; moving a row within
 * a table is therefore not a change, editing its cells is.
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

    public Result compare(byte[] before, byte[] after) {
        Map<String, Map<String, RuleRow>> a = rows(before);
        Map<String, Map<String, RuleRow>> b = rows(after);
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

    private static List<CellChange> cellChanges(RuleRow old, RuleRow neu) {
        List<CellChange> changes = new ArrayList<>();
        java.util.Set<String> columns = new java.util.LinkedHashSet<>(old.cells().keySet());
        columns.addAll(neu.cells().keySet());
        for (String column : columns) {
            String before = old.cells().getOrDefault(column, "");
            String after = neu.cells().getOrDefault(column, "");
            if (!Objects.equals(before, after)) {
                int bar = column.indexOf(' ');
                changes.add(new CellChange(column.substring(0, bar), column.substring(bar + 1), before, after));
            }
        }
        return changes;
    }

    /** sheet → (row key → row), for every rule table of every rule sheet. */
    private static Map<String, Map<String, RuleRow>> rows(byte[] bytes) {
        Map<String, Map<String, RuleRow>> result = new LinkedHashMap<>();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            for (Sheet sheet : workbook) {
                Map<String, RuleRow> rows = new LinkedHashMap<>();
                for (Row row : sheet) {
                    for (var cell : row) {
                        if (DecisionTableReader.text(cell).startsWith("RuleTable")) {
                            table(sheet, row.getRowNum(), cell.getColumnIndex(), rows);
                        }
                    }
                }
                if (!rows.isEmpty()) {
                    result.put(sheet.getSheetName(), rows);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    private static void table(Sheet sheet, int tableRow, int firstCol, Map<String, RuleRow> into) {
        Row types = sheet.getRow(tableRow + 1);
        Row headers = sheet.getRow(tableRow + 4);
        if (types == null) {
            return;
        }
        int lastCol = firstCol;
        int keyCol = -1;
        while (lastCol < types.getLastCellNum() && !DecisionTableReader.text(types.getCell(lastCol)).isEmpty()) {
            if (keyCol < 0 && DecisionTableReader.text(types.getCell(lastCol)).equalsIgnoreCase("ACTION")) {
                keyCol = lastCol;
            }
            lastCol++;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int r = tableRow + 5; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                break;
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (int c = firstCol; c < lastCol; c++) {
                String v = DecisionTableReader.text(row.getCell(c));
                if (!v.isEmpty()) {
                    String header = headers == null ? "" : DecisionTableReader.text(headers.getCell(c)).replace('\n', ' ');
                    cells.put(CellReference.convertNumToColString(c) + " " + header, v);
                }
            }
            if (cells.isEmpty()) {
                break;
            }
            String id = keyCol < 0 ? "row" : DecisionTableReader.text(row.getCell(keyCol));
            int n = seen.merge(id, 1, Integer::sum);
            into.put(id + "#" + n, new RuleRow(id + "#" + n, r + 1, cells));
        }
    }
}
