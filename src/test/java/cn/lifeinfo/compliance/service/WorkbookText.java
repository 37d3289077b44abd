package cn.lifeinfo.compliance.service;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/** Reads and edits workbook cells in tests, as a compliance officer would in an office suite. */
final class WorkbookText {

    private static final DataFormatter FMT = new DataFormatter();

    private WorkbookText() {
    }

    /** Every sheet's non-empty cells, one per line, with their addresses. */
    static String of(byte[] bytes) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            for (Sheet s : wb) {
                sb.append("== ").append(s.getSheetName()).append('\n');
                for (Row r : s) {
                    for (Cell c : r) {
                        String t = FMT.formatCellValue(c);
                        if (!t.isEmpty()) {
                            sb.append(c.getAddress()).append(' ').append(t).append('\n');
                        }
                    }
                }
            }
        }
        return sb.toString();
    }

    /** Sets the cell in {@code column} (0-based) of the first row whose column B reads {@code key}. */
    static byte[] edit(byte[] bytes, String sheet, String key, int column, String value) throws IOException {
        return edit(bytes, sheet, 1, key, column, value);
    }

    /** Sets the cell in {@code column} of the first row whose {@code keyColumn} reads {@code key} (0-based). */
    static byte[] edit(byte[] bytes, String sheet, int keyColumn, String key, int column, String value)
            throws IOException {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet s = wb.getSheet(sheet);
            for (Row r : s) {
                Cell c = r.getCell(keyColumn);
                if (c != null && key.equals(FMT.formatCellValue(c))) {
                    Cell target = r.getCell(column) == null ? r.createCell(column) : r.getCell(column);
                    target.setCellValue(value);
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    wb.write(out);
                    return out.toByteArray();
                }
            }
            throw new IllegalArgumentException("no row " + key + " on " + sheet);
        }
    }
}
