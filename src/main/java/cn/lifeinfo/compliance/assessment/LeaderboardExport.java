package cn.lifeinfo.compliance.assessment;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/** The leaderboard as an Excel workbook for managers. */
final class LeaderboardExport {

    private static final String[] HEADERS = {"工号 Agent", "姓名 Name", "机构 Branch", "有效积分 Active points",
            "状态 Status", "标记 Flags", "违规次数 Violations"};

    private LeaderboardExport() {
    }

    static byte[] xlsx(List<LeaderboardView.Row> rows, LocalDate asOf, String rulesetVersion) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("积分 Scores");
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            sheet.createRow(0).createCell(0).setCellValue("评估日 As of " + asOf + " — " + rulesetVersion);
            Row head = sheet.createRow(2);
            for (int c = 0; c < HEADERS.length; c++) {
                head.createCell(c).setCellValue(HEADERS[c]);
                head.getCell(c).setCellStyle(bold);
                sheet.setColumnWidth(c, 20 * 256);
            }
            int r = 3;
            for (LeaderboardView.Row row : rows) {
                Row x = sheet.createRow(r++);
                x.createCell(0).setCellValue(row.agentCode());
                x.createCell(1).setCellValue(row.name() == null ? "" : row.name());
                x.createCell(2).setCellValue(row.branchCode() == null ? "" : row.branchCode());
                x.createCell(3).setCellValue(row.activePoints());
                x.createCell(4).setCellValue(row.status());
                x.createCell(5).setCellValue(String.join(", ", row.flags()));
                x.createCell(6).setCellValue(row.violationCount());
            }
            sheet.createFreezePane(0, 3);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
