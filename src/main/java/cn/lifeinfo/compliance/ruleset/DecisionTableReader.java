package cn.lifeinfo.compliance.ruleset;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the values of a family's business tables out of a workbook and turns them into DRL with the service's own
 * templates ({@link TableTemplates}). Each table is found on its sheet by its header row; anything above it (the
 * RuleSet rows of older workbooks, titles) is ignored, so nothing an officer types is ever compiled as code. The
 * headers must be the template's, in its order; every cell must fit its column's grammar; a table ends at its last
 * filled row and may not contain blank rows. All problems are reported together, each naming sheet, row and column.
 */
public final class DecisionTableReader {

    private static final DataFormatter FORMATTER = new DataFormatter();
    private static final int HEADER_SEARCH_ROWS = 30;

    /** The rows of one table as the officer wrote them; {@code cells} is keyed by "column-letter header". */
    public record TableRows(String sheet, TableTemplates.Table table, List<RowValues> rows) {
    }

    /**
     * @param raw     column index within the table → the cell as text (blank cells absent)
     * @param checked column index → the value after its grammar (only when read strictly)
     */
    public record RowValues(int row, Map<Integer, String> raw, Map<Integer, CellGrammar.Checked> checked,
                            Map<Integer, String> letters) {
    }

    public List<SheetDrl> read(RuleFamily family, String fileName, byte[] bytes) {
        TableTemplates templates = TableTemplates.of(family);
        List<TableRows> tables = tables(family, fileName, bytes, true);
        List<SheetDrl> result = new ArrayList<>();
        for (TableRows table : tables) {
            Map<Integer, Map<String, String>> cells = new LinkedHashMap<>();
            for (RowValues row : table.rows()) {
                Map<String, String> byLetter = new LinkedHashMap<>();
                row.raw().forEach((i, v) -> byLetter.put(row.letters().get(i), v));
                cells.put(row.row(), byLetter);
            }
            result.add(new SheetDrl(fileName, table.sheet(), TableDrl.write(templates, table), cells));
        }
        return result;
    }

    /**
     * @param strict check every cell against its grammar and fail with every problem; when false (comparing stored
     *               versions) tables whose headers do not fit are skipped and cells are taken as written
     */
    public List<TableRows> tables(RuleFamily family, String fileName, byte[] bytes, boolean strict) {
        SpreadsheetFormat format = SpreadsheetFormat.of(fileName, bytes);
        if (format == SpreadsheetFormat.UNKNOWN || format == SpreadsheetFormat.CSV) {
            throw new RulesetInvalidException(List.of(SheetProblem.ofFile(fileName, format == SpreadsheetFormat.CSV
                    ? "CSV 决策表请另存为 .xlsx 后上传 / CSV decision tables are not supported yet; save the sheet as .xlsx"
                    : "不是 Excel 工作簿(.xlsx/.xls) / Not a spreadsheet: expected an Excel workbook (.xlsx or .xls)")));
        }
        TableTemplates templates = TableTemplates.of(family);
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            List<SheetProblem> problems = new ArrayList<>();
            WordLists words = WordLists.read(fileName, workbook, problems);
            words.addMissing(templates.legacyWordLists());
            List<TableRows> result = new ArrayList<>();
            for (TableTemplates.Table table : templates.tables()) {
                Sheet sheet = workbook.getSheet(table.sheet());
                if (sheet == null && table.optional()) {
                    continue;
                }
                if (sheet == null) {
                    problems.add(SheetProblem.ofFile(fileName, "缺少工作表 \"" + table.sheet()
                            + "\" / the workbook has no sheet named \"" + table.sheet() + "\""));
                    continue;
                }
                List<SheetProblem> found = new ArrayList<>();
                TableRows rows = read(fileName, sheet, table, words, strict, found);
                problems.addAll(found);
                if (rows != null) {
                    result.add(rows);
                }
            }
            if (strict && !problems.isEmpty()) {
                throw new RulesetInvalidException(problems);
            }
            return result;
        } catch (IOException | RuntimeException e) {
            if (e instanceof RulesetInvalidException invalid) {
                throw invalid;
            }
            throw new RulesetInvalidException(List.of(SheetProblem.ofFile(fileName,
                    "无法读取工作簿(文件损坏?) / The workbook cannot be read (corrupt file?): " + e.getMessage())));
        }
    }

    private static TableRows read(String file, Sheet sheet, TableTemplates.Table table, WordLists words,
                                  boolean strict, List<SheetProblem> problems) {
        String name = sheet.getSheetName();
        List<TableTemplates.Column> columns = table.columns();
        int headerRow = -1;
        int firstCol = -1;
        for (int r = 0; r <= Math.min(sheet.getLastRowNum(), HEADER_SEARCH_ROWS) && headerRow < 0; r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            for (Cell cell : row) {
                int index = indexOf(columns, TableTemplates.normalise(text(cell)));
                if (index >= 0) {
                    headerRow = r;
                    firstCol = cell.getColumnIndex() - index;
                    break;
                }
            }
        }
        if (headerRow < 0) {
            problems.add(new SheetProblem(file, name, null, null, "找不到表头行(应以 \"" + columns.get(0).label()
                    + "\" 开头) / header row not found (it starts with \"" + columns.get(0).label() + "\")"));
            return null;
        }
        if (firstCol < 0) {
            firstCol = 0;
        }
        Row header = sheet.getRow(headerRow);
        int[] at = new int[columns.size()];
        List<SheetProblem> headerProblems = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            at[i] = firstCol + i;
            String found = TableTemplates.normalise(text(header.getCell(firstCol + i)));
            if (!found.equals(columns.get(i).label())) {
                headerProblems.add(new SheetProblem(file, name, headerRow + 1, letter(firstCol + i),
                        "表头应为 \"" + columns.get(i).label() + "\",实际为 \"" + found
                                + "\"(列被移动、改名或删除?) / expected header \"" + columns.get(i).label()
                                + "\", found \"" + found + "\" (column moved, renamed or deleted?)"));
            }
        }
        boolean legacy = false;
        if (!headerProblems.isEmpty() && isLegacy(sheet, headerRow)) {
            int[] byLabel = legacyColumns(header, columns);
            if (byLabel != null) {
                at = byLabel;
                legacy = true;
                headerProblems.clear();
            }
        }
        if (!headerProblems.isEmpty()) {
            problems.addAll(headerProblems);
            return null;
        }
        List<RowValues> rows = new ArrayList<>();
        int blankSince = -1;
        for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Map<Integer, String> raw = new LinkedHashMap<>();
            Map<Integer, String> letters = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                String v = row == null || at[i] < 0 ? "" : value(row.getCell(at[i]));
                letters.put(i, letter(Math.max(at[i], 0)));
                if (!v.isEmpty()) {
                    raw.put(i, v);
                }
            }
            if (raw.isEmpty()) {
                blankSince = blankSince < 0 ? r : blankSince;
                continue;
            }
            if (blankSince >= 0) {
                problems.add(new SheetProblem(file, name, blankSince + 1, letter(at[0]),
                        "表格中间有空行(请删除该行或填写) / blank row inside the table (delete it or fill it in)"));
                blankSince = -1;
            }
            Map<Integer, CellGrammar.Checked> checked = new LinkedHashMap<>();
            if (legacy) {
                legacyValues(columns, raw);
            }
            if (strict) {
                check(file, name, r + 1, columns, raw, letters, words, checked, problems);
            }
            rows.add(new RowValues(r + 1, raw, checked, letters));
        }
        return new TableRows(name, table, rows);
    }

    private static void check(String file, String sheet, int rowNo, List<TableTemplates.Column> columns,
                              Map<Integer, String> raw, Map<Integer, String> letters, WordLists words,
                              Map<Integer, CellGrammar.Checked> checked, List<SheetProblem> problems) {
        for (int i = 0; i < columns.size(); i++) {
            TableTemplates.Column column = columns.get(i);
            String v = raw.get(i);
            if (v == null) {
                if (column.required()) {
                    problems.add(new SheetProblem(file, sheet, rowNo, letters.get(i),
                            "必填单元格为空: " + column.label() + " / required cell is empty"));
                }
                continue;
            }
            try {
                checked.put(i, column.grammar().check(v, column.quoted(), words));
            } catch (CellGrammar.Invalid e) {
                problems.add(new SheetProblem(file, sheet, rowNo, letters.get(i),
                        column.label() + ": " + e.getMessage()));
            }
        }
    }

    /**
     * Versions stored before issue #12 (and workbooks still laid out that way) carry Drools rows above a header in
     * another column order. Their values are still read, by header label, and still checked cell by cell; the rows
     * above the header are never read. Known only by the RuleTable cell those workbooks have above the header.
     */
    private static boolean isLegacy(Sheet sheet, int headerRow) {
        for (int r = 0; r < headerRow; r++) {
            Row row = sheet.getRow(r);
            if (row != null) {
                for (Cell cell : row) {
                    if (text(cell).startsWith("RuleTable")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Sheet column of each template column by label (or its pre-#12 label); null if a required one is missing. */
    private static int[] legacyColumns(Row header, List<TableTemplates.Column> columns) {
        int[] at = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            TableTemplates.Column column = columns.get(i);
            at[i] = -1;
            for (Cell cell : header) {
                String label = TableTemplates.normalise(text(cell));
                if (label.equals(column.label()) || label.equals(TableTemplates.normalise(column.legacyHeader()))) {
                    at[i] = cell.getColumnIndex();
                }
            }
            if (at[i] < 0 && (column.when() != null || column.then() != null || column.salience())) {
                return null;
            }
        }
        return at;
    }

    /** A pre-#12 regular expression becomes the word list it was migrated to; any other stays and is refused. */
    private static void legacyValues(List<TableTemplates.Column> columns, Map<Integer, String> raw) {
        for (int i = 0; i < columns.size(); i++) {
            String list = raw.get(i) == null || columns.get(i).legacyValues() == null ? null
                    : columns.get(i).legacyValues().get(raw.get(i));
            if (list != null) {
                raw.put(i, list);
            }
        }
    }

    private static int indexOf(List<TableTemplates.Column> columns, String label) {
        for (int i = 0; i < columns.size(); i++) {
            if (!label.isEmpty() && columns.get(i).label().equals(label)) {
                return i;
            }
        }
        return -1;
    }

    /** A rule cell as text: numbers without a trailing ".0", Excel dates as yyyy-MM-dd, booleans as 是/否. */
    static String value(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : plain(BigDecimal.valueOf(cell.getNumericCellValue()));
            case BOOLEAN -> cell.getBooleanCellValue() ? "是" : "否";
            case STRING -> cell.getStringCellValue().trim();
            default -> "";
        };
    }

    private static String plain(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    static String letter(int column) {
        return CellReference.convertNumToColString(column);
    }

    static String text(Cell cell) {
        return cell == null ? "" : FORMATTER.formatCellValue(cell).trim();
    }
}
