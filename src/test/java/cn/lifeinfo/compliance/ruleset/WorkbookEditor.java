package cn.lifeinfo.compliance.ruleset;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Edits a copy of a rule workbook the way a compliance officer would in Excel: find a row, change a cell. */
public final class WorkbookEditor {

    private static final DataFormatter FORMAT = new DataFormatter();
    private final Workbook workbook;

    private WorkbookEditor(byte[] bytes) {
        try {
            this.workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] truthfulnessWorkbook() {
        try {
            return Files.readAllBytes(Path.of("rules/truthfulness/truthfulness.xlsx"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static WorkbookEditor of(byte[] bytes) {
        return new WorkbookEditor(bytes);
    }

    /** Sets the cell under the header starting with {@code header} in the first row whose cells contain {@code rowKey}. */
    public WorkbookEditor set(String sheetPrefix, String rowKey, String header, String value) {
        Sheet sheet = sheet(sheetPrefix);
        int column = -1;
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (column < 0 && FORMAT.formatCellValue(cell).startsWith(header)) {
                    column = cell.getColumnIndex();
                }
            }
        }
        if (column < 0) {
            throw new IllegalArgumentException("no header " + header + " in " + sheetPrefix);
        }
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (FORMAT.formatCellValue(cell).equals(rowKey)) {
                    put(row, column, value);
                    return this;
                }
            }
        }
        throw new IllegalArgumentException("no row " + rowKey + " in " + sheetPrefix);
    }

    /** The 1-based row number of the first row containing {@code rowKey}. */
    public int rowOf(String sheetPrefix, String rowKey) {
        for (Row row : sheet(sheetPrefix)) {
            for (Cell cell : row) {
                if (FORMAT.formatCellValue(cell).equals(rowKey)) {
                    return row.getRowNum() + 1;
                }
            }
        }
        throw new IllegalArgumentException("no row " + rowKey);
    }

    /** The column letter of the header starting with {@code header}. */
    public String columnOf(String sheetPrefix, String header) {
        for (Row row : sheet(sheetPrefix)) {
            for (Cell cell : row) {
                if (FORMAT.formatCellValue(cell).startsWith(header)) {
                    return org.apache.poi.ss.util.CellReference.convertNumToColString(cell.getColumnIndex());
                }
            }
        }
        throw new IllegalArgumentException("no header " + header);
    }

    public static byte[] shipped(RuleFamily family) {
        try {
            return Files.readAllBytes(Path.of("rules/" + family.id() + "/" + family.id() + ".xlsx"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Empties the header cell starting with {@code header}, as if the officer deleted the header. */
    public WorkbookEditor clearHeader(String sheetPrefix, String header) {
        Sheet sheet = sheet(sheetPrefix);
        int column = org.apache.poi.ss.util.CellReference.convertColStringToIndex(columnOf(sheetPrefix, header));
        put(sheet.getRow(headerRow(sheet, column, header)), column, "");
        return this;
    }

    /** Swaps two whole columns (header and values), as if the officer moved one past the other. */
    public WorkbookEditor swapColumns(String sheetPrefix, String headerA, String headerB) {
        Sheet sheet = sheet(sheetPrefix);
        int a = org.apache.poi.ss.util.CellReference.convertColStringToIndex(columnOf(sheetPrefix, headerA));
        int b = org.apache.poi.ss.util.CellReference.convertColStringToIndex(columnOf(sheetPrefix, headerB));
        for (Row row : sheet) {
            String va = row.getCell(a) == null ? "" : FORMAT.formatCellValue(row.getCell(a));
            String vb = row.getCell(b) == null ? "" : FORMAT.formatCellValue(row.getCell(b));
            put(row, a, vb);
            put(row, b, va);
        }
        return this;
    }

    /** Inserts an empty row above the first row containing {@code rowKey}. */
    public WorkbookEditor blankRowBefore(String sheetPrefix, String rowKey) {
        Sheet sheet = sheet(sheetPrefix);
        int at = rowOf(sheetPrefix, rowKey) - 1;
        sheet.shiftRows(at, sheet.getLastRowNum(), 1);
        sheet.createRow(at);
        return this;
    }

    /** Inserts rows of text above everything on the sheet (e.g. the Drools rows an old or hostile workbook has). */
    public WorkbookEditor rowsAbove(String sheetPrefix, String[]... rows) {
        Sheet sheet = sheet(sheetPrefix);
        sheet.shiftRows(0, sheet.getLastRowNum(), rows.length);
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                row.createCell(c).setCellValue(rows[r][c]);
            }
        }
        return this;
    }

    /**
     * Replaces the cell rather than setting its value: openpyxl writes inline strings, and POI's setCellValue on one
     * adds a value beside the inline text, which readers then ignore.
     */
    public static void put(Row row, int column, String value) {
        Cell old = row.getCell(column);
        org.apache.poi.ss.usermodel.CellStyle style = old == null ? null : old.getCellStyle();
        if (old != null) {
            row.removeCell(old);
        }
        Cell cell = row.createCell(column);
        if (style != null) {
            cell.setCellStyle(style);
        }
        if (value.isEmpty()) {
            cell.setBlank();
        } else {
            cell.setCellValue(value);
        }
    }

    private static int headerRow(Sheet sheet, int column, String header) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && FORMAT.formatCellValue(cell).startsWith(header)) {
                return row.getRowNum();
            }
        }
        throw new IllegalArgumentException("no header " + header);
    }

    public byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Sheet sheet(String prefix) {
        for (Sheet s : workbook) {
            if (s.getSheetName().startsWith(prefix)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no sheet " + prefix);
    }
}
