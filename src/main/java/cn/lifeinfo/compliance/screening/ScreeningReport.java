package cn.lifeinfo.compliance.screening;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The clean-up report: a summary sheet shaped like a regulator's 历史保单清查 report (totals per branch, channel, rule
 * and agent) and a sheet of the policies to correct, with rule ids and reasons in Chinese and personal fields
 * masked; the same policies as CSV. Written as a stream (SXSSF keeps 100 rows in memory).
 */
@ApplicationScoped
public class ScreeningReport {

    static final String SUMMARY_SHEET = "清查汇总";
    static final String DEFECT_SHEET = "问题保单明细";
    static final List<String> DEFECT_HEADER = List.of("行号 line", "保单号 policyNo", "分支机构 branchCode",
            "渠道 channel", "销售人员工号 agentCode", "结论 result", "核保闸口 gate", "规则编号 ruleIds",
            "问题原因 reasonsZh", "投保人姓名 policyholderName", "投保人证件号码 policyholderIdNumber",
            "投保人手机 policyholderMobile");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final ScreeningStore store;

    public ScreeningReport(ScreeningStore store) {
        this.store = store;
    }

    public void xlsx(ScreeningView view, OutputStream out) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(100);
        try {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            summary(wb.createSheet(SUMMARY_SHEET), view, bold);
            Sheet defects = wb.createSheet(DEFECT_SHEET);
            row(defects, 0, bold, DEFECT_HEADER.toArray());
            int[] r = {1};
            store.defects(view.id(), d -> row(defects, r[0]++, null, d.lineNo(), d.policyNo(), d.branchCode(),
                    d.channel(), d.agentCode(), d.overall(), d.underwritingGate(), d.ruleIds(), d.reasonsZh(),
                    d.nameMasked(), d.idMasked(), d.mobileMasked()));
            wb.write(out);
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    private static void summary(Sheet s, ScreeningView v, CellStyle bold) {
        int r = 0;
        row(s, r++, bold, "历史保单清查情况汇总表 (人身保险客户信息真实性)");
        row(s, r++, null, "任务编号", v.id());
        row(s, r++, null, "提交人", v.submittedBy());
        row(s, r++, null, "提交时间", v.createdAt() == null ? null : TIME.format(v.createdAt()));
        row(s, r++, null, "完成时间", v.finishedAt() == null ? null : TIME.format(v.finishedAt()));
        row(s, r++, null, "规则版本", String.join(", ", v.rulesetVersions()));
        row(s, r++, null, "清单记录数", v.total());
        row(s, r++, null, "清查保单数", v.screened());
        row(s, r++, null, "问题保单数 (FAIL)", v.defective());
        row(s, r++, null, "需核实保单数 (仅WARN)", v.review());
        row(s, r++, null, "格式错误未清查行数", v.malformed().count());
        r++;
        row(s, r++, bold, "一、按分支机构", "清查保单数", "问题保单数", "需核实保单数", "问题率");
        r = tallies(s, r, v.counts().byBranch());
        r++;
        row(s, r++, bold, "二、按销售渠道", "清查保单数", "问题保单数", "需核实保单数", "问题率");
        r = tallies(s, r, v.counts().byChannel());
        r++;
        row(s, r++, bold, "三、按问题类型 (规则)", "问题描述", "涉及保单数", "其中问题保单", "问题条数");
        for (var e : v.counts().byRule().entrySet()) {
            var t = e.getValue();
            row(s, r++, null, e.getKey(), t.messageZh(), t.policies(), t.defective(), t.findings());
        }
        r++;
        row(s, r++, bold, "四、按销售人员", "清查保单数", "问题保单数", "需核实保单数", "问题率");
        tallies(s, r, v.counts().byAgent());
        s.setColumnWidth(0, 40 * 256);
        s.setColumnWidth(1, 50 * 256);
    }

    private static int tallies(Sheet s, int r, java.util.Map<String, ScreeningView.Tally> tallies) {
        for (var e : tallies.entrySet()) {
            var t = e.getValue();
            row(s, r++, null, e.getKey(), t.records(), t.defective(), t.review(),
                    t.records() == 0 ? "-" : String.format("%.2f%%", 100.0 * t.defective() / t.records()));
        }
        return r;
    }

    private static void row(Sheet s, int index, CellStyle style, Object... values) {
        Row row = s.createRow(index);
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                continue;
            }
            Cell c = row.createCell(i);
            if (v instanceof Number n) {
                c.setCellValue(n.doubleValue());
            } else {
                c.setCellValue(v.toString());
            }
            if (style != null) {
                c.setCellStyle(style);
            }
        }
    }

    /** The defective policies as UTF-8 CSV with a byte-order mark, so that spreadsheet programs read the Chinese. */
    public void csv(String jobId, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(DEFECT_HEADER.toArray(String[]::new))
                .get());
        store.defects(jobId, d -> p.printRecord(d.lineNo(), d.policyNo(), d.branchCode(), d.channel(), d.agentCode(),
                d.overall(), d.underwritingGate(), d.ruleIds(), d.reasonsZh(), d.nameMasked(), d.idMasked(),
                d.mobileMasked()));
        p.flush();
    }
}
