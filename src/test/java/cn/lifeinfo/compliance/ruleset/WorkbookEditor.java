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
                    Cell target = row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
                    target.setCellValue(value);
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
