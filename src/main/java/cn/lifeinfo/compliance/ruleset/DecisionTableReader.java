package cn.lifeinfo.compliance.ruleset;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.drools.decisiontable.SpreadsheetCompiler;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;

/**
 * Turns a workbook into DRL, one worksheet at a time so that every error can name its sheet. Before Drools sees a
 * sheet, condition cells written as 是/否 (or Excel booleans) become true/false, and every rule row is checked to
 * fill all of its action cells: a half-filled row would otherwise compile into a rule that silently reports nothing.
 * Worksheets without a {@code RuleSet} keyword (explanations, test cases) are not rules and are skipped.
 */
public final class DecisionTableReader {

    private static final DataFormatter FORMATTER = new DataFormatter();

    public List<SheetDrl> read(String fileName, byte[] bytes) {
        SpreadsheetFormat format = SpreadsheetFormat.of(fileName, bytes);
        if (format == SpreadsheetFormat.UNKNOWN || format == SpreadsheetFormat.CSV) {
            throw new RulesetInvalidException(List.of(SheetProblem.ofFile(fileName, format == SpreadsheetFormat.CSV
                    ? "CSV 决策表请另存为 .xlsx 后上传 / CSV decision tables are not supported yet; save the sheet as .xlsx"
                    : "不是 Excel 工作簿(.xlsx/.xls) / Not a spreadsheet: expected an Excel workbook (.xlsx or .xls)")));
        }
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            List<SheetProblem> problems = new ArrayList<>();
            List<String> ruleSheets = new ArrayList<>();
            Map<String, Map<Integer, Map<String, String>>> cells = new HashMap<>();
            for (Sheet sheet : workbook) {
                if (hasKeyword(sheet, "RuleSet")) {
                    ruleSheets.add(sheet.getSheetName());
                    Map<Integer, Map<String, String>> sheetCells = new HashMap<>();
                    cells.put(sheet.getSheetName(), sheetCells);
                    problems.addAll(normalise(fileName, sheet, sheetCells));
                }
            }
            if (ruleSheets.isEmpty()) {
                problems.add(SheetProblem.ofFile(fileName,
                        "工作簿中没有决策表(缺少 RuleSet 关键字) / No decision table in the workbook (no RuleSet keyword)"));
            }
            if (!problems.isEmpty()) {
                throw new RulesetInvalidException(problems);
            }
            byte[] normalised = toBytes(workbook);
            List<SheetDrl> result = new ArrayList<>();
            for (String sheetName : ruleSheets) {
                result.add(compileSheet(fileName, sheetName, normalised, cells.get(sheetName)));
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

    private static SheetDrl compileSheet(String fileName, String sheetName, byte[] workbook,
                                         Map<Integer, Map<String, String>> cells) {
        try {
            String drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(workbook), sheetName);
            return new SheetDrl(fileName, sheetName, drl, cells);
        } catch (RuntimeException e) {
            throw new RulesetInvalidException(List.of(new SheetProblem(fileName, sheetName, null, null,
                    "决策表结构错误 / Decision table structure invalid: " + e.getMessage())));
        }
    }

    private static boolean hasKeyword(Sheet sheet, String keyword) {
        for (Row row : sheet) {
            if (row.getRowNum() > 30) {
                return false;
            }
            for (Cell cell : row) {
                if (keyword.equals(text(cell))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<SheetProblem> normalise(String fileName, Sheet sheet, Map<Integer, Map<String, String>> cells) {
        List<SheetProblem> problems = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (text(cell).startsWith("RuleTable")) {
                    problems.addAll(normaliseTable(fileName, sheet, row.getRowNum(), cell.getColumnIndex(), cells));
                }
            }
        }
        return problems;
    }

    /** Layout below a RuleTable cell: column types, object types, templates, headers, then one rule per row. */
    private static List<SheetProblem> normaliseTable(String fileName, Sheet sheet, int tableRow, int firstCol,
                                                     Map<Integer, Map<String, String>> cells) {
        List<SheetProblem> problems = new ArrayList<>();
        Row types = sheet.getRow(tableRow + 1);
        Row headers = sheet.getRow(tableRow + 4);
        if (types == null) {
            return List.of(new SheetProblem(fileName, sheet.getSheetName(), tableRow + 2, null,
                    "RuleTable 下一行须为列类型 (CONDITION/ACTION) / the row below RuleTable must hold the column types"));
        }
        List<Integer> conditions = new ArrayList<>();
        List<Integer> actions = new ArrayList<>();
        for (int c = firstCol; c < types.getLastCellNum(); c++) {
            String type = text(types.getCell(c)).toUpperCase();
            if (type.isEmpty()) {
                break;
            }
            if (type.equals("CONDITION")) {
                conditions.add(c);
            } else if (type.equals("ACTION")) {
                actions.add(c);
            }
        }
        for (int r = tableRow + 5; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || isBlank(row, firstCol, types.getLastCellNum())) {
                break;
            }
            Map<String, String> rowCells = new LinkedHashMap<>();
            for (int c : conditions) {
                Cell cell = row.getCell(c);
                if (cell != null) {
                    String literal = booleanLiteral(cell);
                    if (literal != null) {
                        cell.setCellValue(literal);
                    }
                    if (!text(cell).isEmpty()) {
                        rowCells.put(CellReference.convertNumToColString(c), text(cell));
                    }
                }
            }
            cells.put(r + 1, rowCells);
            for (int c : actions) {
                if (text(row.getCell(c)).isEmpty()) {
                    String header = headers == null ? "" : text(headers.getCell(c)).replace('\n', ' ');
                    problems.add(new SheetProblem(fileName, sheet.getSheetName(), r + 1,
                            CellReference.convertNumToColString(c),
                            "必填单元格为空: " + header + " / required cell is empty"));
                }
            }
        }
        return problems;
    }

    private static String booleanLiteral(Cell cell) {
        if (cell.getCellType() == CellType.BOOLEAN) {
            return Boolean.toString(cell.getBooleanCellValue());
        }
        return switch (text(cell)) {
            case "是", "Y", "y", "TRUE", "True" -> "true";
            case "否", "N", "n", "FALSE", "False" -> "false";
            default -> null;
        };
    }

    private static boolean isBlank(Row row, int from, int to) {
        for (int c = from; c < to; c++) {
            if (!text(row.getCell(c)).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    static String text(Cell cell) {
        return cell == null ? "" : FORMATTER.formatCellValue(cell).trim();
    }

    private static byte[] toBytes(Workbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }
}
