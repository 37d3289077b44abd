package cn.lifeinfo.compliance.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static cn.lifeinfo.compliance.service.ServiceRequests.attempt;
import static cn.lifeinfo.compliance.service.ServiceRequests.customer;
import static cn.lifeinfo.compliance.service.ServiceRequests.policy;

/**
 * Writes rules/service/service.xlsx, the workbook compliance staff edit afterwards: a README, the 参数 Parameters
 * sheet, the 判定顺序 Decisions table (one fact type, conditions {@code field == $param}, one sink call) and the
 * 测试用例 Tests sheet. Kept regular so that it converts mechanically to service-owned templates later.
 * Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=cn.lifeinfo.compliance.service.ServiceWorkbookGenerator} (or from the IDE); it is not a test.
 */
public final class ServiceWorkbookGenerator {

    public static final Path FILE = Path.of("rules/service/service.xlsx");
    static final String RULESET = "cn.lifeinfo.rules.service";
    static final String IMPORT = "cn.lifeinfo.compliance.service.facts.*";
    static final String SINK = "cn.lifeinfo.compliance.service.facts.ServiceSink out";

    /** Condition columns of the Decisions table: fact field, header (zh / en). */
    static final String[][] CONDITIONS = {
            {"type", "请求类型\nRequest type"},
            {"keyInfoComplete", "关键信息完整\nKey info complete"},
            {"idExpired", "证件过期未更新\nID expired, not updated"},
            {"customerAuthenticated", "已完成客户认证\nCustomer authenticated"},
            {"policyInForce", "保单有效\nPolicy in force"},
            {"hasLoanFeature", "有贷款功能\nHas loan feature"},
            {"annuityStarted", "已开始领取年金\nAnnuity started"},
            {"applicantIsPolicyholder", "申请人为投保人\nApplicant is policyholder"},
            {"applicantIsInsured", "申请人为被保险人\nApplicant is insured"},
            {"policyholderIsInsured", "投被保险人同一人\nPolicyholder is insured"},
            {"guardianship", "投保人为监护人\nPolicyholder is guardian"},
            {"insuredMinor", "被保险人未成年(参数 age.majority)\nInsured under age of majority"},
            {"longTermLoanAuthorization", "被保险人长期贷款授权\nLong-term loan authorisation"},
            {"signedByApplicant", "申请人本人签名\nSigned by applicant"},
            {"idValidityMisentered", "户口簿有效期录入错误\nHousehold-register validity mis-entered"},
            {"submittedByAgent", "销售人员提交\nSubmitted by salesperson"},
            {"customerAuthorized", "有客户授权\nCustomer authorisation"},
            {"newPhoneIsSalespersons", "新电话为销售人员电话\nNew phone is a salesperson's"},
            {"documentsMissing", "证明材料不足(参数)\nDocuments missing"},
            {"approvalsMissing", "他人审批不足(参数)\nApprovals by others missing"},
            {"termOverOneYear", "保险期间一年以上\nTerm over one year"},
            {"completedOnTime", "犹豫期内回访成功\nVerified callback in time"},
            {"completedLate", "犹豫期后回访成功\nVerified callback late"},
            {"coolingOffExpired", "犹豫期已过\nCooling-off period over"},
            {"lastAttemptUnverified", "末次回访未核实本人\nLast attempt not verified"},
            {"lastAttemptWrongNumber", "末次回访非留存电话\nLast attempt wrong number"},
            {"hasInForcePolicy", "仍有有效保单\nPolicy in force"},
            {"legalHold", "涉诉或调查\nLegal hold"},
            {"withinRetention", "在保存期限内\nWithin retention"},
            {"independentApproval", "有他人审批\nIndependent approver"},
    };

    static final String[] ACTION_HEADERS = {"规则编号\nRule id", "顺序\nOrder", "结论\nDecision",
            "原因(中文)\nReason (zh)", "原因(英文)\nReason (en)", "来源\nSource"};

    record Rule(int order, String id, String decision, String zh, String en, String source) {
    }

    static final Rule PS1 = new Rule(10, "GATE-PS-001", "DENY", "关键信息缺失,补充更正完成前不能保全通过",
            "Key information missing; policy service blocked until corrected", "Art. 6(3)");
    static final Rule PS4 = new Rule(20, "GATE-PS-004", "DENY", "证件过期未更新,中止办理业务",
            "ID expired and not updated; service suspended", "AML 2007 令 Art. 19");
    static final Rule MOB1 = new Rule(30, "GATE-MOB-001", "DENY", "办理前需先完成客户认证",
            "Customer authentication required first", "S1");
    static final Rule MOB2 = new Rule(40, "GATE-MOB-002", "DENY", "保单状态或功能不符合贷款条件",
            "Policy not eligible for a loan", "S1");
    static final Rule MOB3 = new Rule(50, "GATE-MOB-003", "DENY", "申请资格人不符", "Applicant not eligible for a policy loan",
            "S1");
    static final Rule MOB4 = new Rule(50, "GATE-MOB-004", "DENY", "生存金申请人须为被保险人本人(未成年被保险人可由监护人投保人申请)",
            "Survival benefit must be claimed by the insured (guardian for minors)", "S1");
    static final Rule MOB5 = new Rule(60, "GATE-MOB-005", "DENY", "电子签名须为申请人本人签名",
            "E-signature must be the applicant's own", "S1 (其它关注点 01)");
    static final Rule MOB7 = new Rule(70, "GATE-MOB-007", "DENY", "证件有效期录入错误", "ID validity entered incorrectly",
            "S1 (其它关注点 02)");
    static final Rule OK = new Rule(900, "GATE-OK", "PERMIT", "校验通过,可以办理", "All checks passed; the request may proceed",
            "catalog §4.5");
    static final Rule PS2 = new Rule(10, "GATE-PS-002", "DENY", "不得代替客户提交信息变更申请",
            "Salesperson may not submit changes on the customer's behalf", "S1 承诺书 第3条");
    static final Rule PS3 = new Rule(20, "GATE-PS-003", "DENY", "变更后的电话为销售人员电话", "New phone is a salesperson's phone",
            "S1 操作要求 二");
    static final String CHG2_ZH = "身份信息变更须提供证明材料并经双人审批";
    static final String CHG2_EN = "Identity change needs documents + two approvals";
    static final Rule CHG2_DOCS = new Rule(30, "LIFE-CHG-002", "DENY", CHG2_ZH, CHG2_EN, "S3 3.3; Art. 6(2)");
    static final Rule CHG1 = new Rule(40, "LIFE-CHG-001", "PENDING_APPROVAL", "信息变更须填写申请表并经审批",
            "Change needs form + approval", "S3 3.3");
    static final Rule CHG2_APPROVALS = new Rule(40, "LIFE-CHG-002", "PENDING_APPROVAL", CHG2_ZH, CHG2_EN,
            "S3 3.3; Art. 6(2)");
    static final Rule CHG3 = new Rule(900, "LIFE-CHG-003", "PERMIT", "变更留痕", "Change audit trail", "S3 四");
    static final Rule CB0 = new Rule(10, "GATE-CB-000", "NOT_REQUIRED", "一年期及以下保单不在新单回访要求范围内",
            "Policies of one year or less are outside the callback requirement", "~Art. 11(3)");
    static final String CB1_ZH = "犹豫期内须对一年期以上新单完成回访并验证身份";
    static final String CB1_EN = "Callback with identity verification required within the cooling-off period";
    static final Rule CB1_DONE = new Rule(20, "GATE-CB-001", "COMPLETED", CB1_ZH, CB1_EN, "~Art. 11(3); S1");
    static final Rule CB1_LATE = new Rule(30, "GATE-CB-001", "COMPLETED_LATE", CB1_ZH, CB1_EN, "~Art. 11(3); S1");
    static final Rule CB5 = new Rule(40, "GATE-CB-005", "OVERDUE", "犹豫期内未完成回访",
            "Callback not completed within the cooling-off period", "~Art. 11(3); S1 客服宣导");
    static final Rule CB2 = new Rule(50, "GATE-CB-002", "RECALL_REQUIRED", "回访非投保人本人,应再次回访",
            "Respondent is not the policyholder; re-callback", "S1 (如回访非本人,应再次回访)");
    static final Rule CB3 = new Rule(60, "GATE-CB-003", "INVALID_CALLBACK", "不得回访非投保单留存电话",
            "Must call the number on file", "CB (company practice)");
    static final Rule CB1_PENDING = new Rule(900, "GATE-CB-001", "PENDING", CB1_ZH, CB1_EN, "~Art. 11(3); S1");
    static final Rule RET1 = new Rule(10, "LIFE-RET-001", "DENY", "仍有有效保单,不得销毁", "Active relationship — cannot destroy",
            "S3 5.1; IL87");
    static final Rule RET3 = new Rule(20, "LIFE-RET-003", "DENY", "涉诉或调查期间不得销毁", "Legal hold in place",
            "AML (至调查结束); HS");
    static final Rule RET2 = new Rule(30, "LIFE-RET-002", "DENY", "未满保存期限,不得销毁", "Retention period not yet expired",
            "IL87; AML; HS");
    static final String DES4_ZH = "保存期限未届满的,停止除存储和必要安全措施外的处理";
    static final String DES4_EN = "Within retention: restrict processing; else delete";
    static final Rule DES4_RESTRICT = new Rule(30, "LIFE-DES-004", "RESTRICT", DES4_ZH, DES4_EN, "PIPL Art. 47");
    static final Rule DES1 = new Rule(40, "LIFE-DES-001", "DENY", "资料销毁须经审核批准(申请人不得自批)",
            "Destruction needs independent approval", "S3 5.2");
    static final Rule DES3 = new Rule(900, "LIFE-DES-003", "PERMIT", "销毁登记备查", "Destruction log", "S3 5.3");
    static final Rule DES4_PERMIT = new Rule(900, "LIFE-DES-004", "PERMIT", DES4_ZH, DES4_EN, "PIPL Art. 47");

    record Row2(String type, Rule rule, Map<String, String> when) {
    }

    static Map<String, String> when(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    /** The rows in the order of catalog §4.5; several rows of one rule = any of them denies. */
    static List<Row2> decisionRows() {
        List<Row2> rows = new ArrayList<>();
        for (String t : List.of("POLICY_LOAN", "SURVIVAL_BENEFIT")) {
            rows.add(new Row2(t, PS1, when("keyInfoComplete", "否")));
            rows.add(new Row2(t, PS4, when("idExpired", "是")));
            rows.add(new Row2(t, MOB1, when("customerAuthenticated", "否")));
            if (t.equals("POLICY_LOAN")) {
                rows.add(new Row2(t, MOB2, when("policyInForce", "否")));
                rows.add(new Row2(t, MOB2, when("hasLoanFeature", "否")));
                rows.add(new Row2(t, MOB2, when("annuityStarted", "是")));
                rows.add(new Row2(t, MOB3, when("applicantIsPolicyholder", "否")));
                rows.add(new Row2(t, MOB3, when("applicantIsPolicyholder", "是", "policyholderIsInsured", "否",
                        "guardianship", "否", "longTermLoanAuthorization", "否")));
                rows.add(new Row2(t, MOB3, when("applicantIsPolicyholder", "是", "policyholderIsInsured", "否",
                        "insuredMinor", "否", "longTermLoanAuthorization", "否")));
            } else {
                rows.add(new Row2(t, MOB4, when("applicantIsInsured", "否", "applicantIsPolicyholder", "否")));
                rows.add(new Row2(t, MOB4, when("applicantIsInsured", "否", "guardianship", "否")));
                rows.add(new Row2(t, MOB4, when("applicantIsInsured", "否", "insuredMinor", "否")));
            }
            rows.add(new Row2(t, MOB5, when("signedByApplicant", "否")));
            rows.add(new Row2(t, MOB7, when("idValidityMisentered", "是")));
            rows.add(new Row2(t, OK, when()));
        }
        for (String t : List.of("CONTACT_CHANGE", "IDENTITY_CHANGE")) {
            rows.add(new Row2(t, PS2, when("submittedByAgent", "是", "customerAuthorized", "否")));
            rows.add(new Row2(t, PS3, when("newPhoneIsSalespersons", "是")));
            if (t.equals("IDENTITY_CHANGE")) {
                rows.add(new Row2(t, CHG2_DOCS, when("documentsMissing", "是")));
                rows.add(new Row2(t, CHG2_APPROVALS, when("approvalsMissing", "是")));
            } else {
                rows.add(new Row2(t, CHG1, when("approvalsMissing", "是")));
            }
            rows.add(new Row2(t, CHG3, when()));
        }
        rows.add(new Row2("CALLBACK", CB0, when("termOverOneYear", "否")));
        rows.add(new Row2("CALLBACK", CB1_DONE, when("completedOnTime", "是")));
        rows.add(new Row2("CALLBACK", CB1_LATE, when("completedLate", "是")));
        rows.add(new Row2("CALLBACK", CB5, when("coolingOffExpired", "是")));
        rows.add(new Row2("CALLBACK", CB2, when("lastAttemptUnverified", "是")));
        rows.add(new Row2("CALLBACK", CB3, when("lastAttemptWrongNumber", "是")));
        rows.add(new Row2("CALLBACK", CB1_PENDING, when()));
        for (String t : List.of("DATA_DESTRUCTION", "CUSTOMER_DELETION_REQUEST")) {
            boolean destruction = t.equals("DATA_DESTRUCTION");
            rows.add(new Row2(t, RET1, when("hasInForcePolicy", "是")));
            rows.add(new Row2(t, RET3, when("legalHold", "是")));
            rows.add(new Row2(t, destruction ? RET2 : DES4_RESTRICT, when("withinRetention", "是")));
            rows.add(new Row2(t, DES1, when("independentApproval", "否")));
            rows.add(new Row2(t, destruction ? DES3 : DES4_PERMIT, when()));
        }
        return rows;
    }

    static final String[][] PARAMETERS = {
            {ServiceParameters.COOLING_OFF_DAYS, "15", "犹豫期天数,保单签收次日为第1天;合同约定更长时按合同 / cooling-off days after receipt (day 1 = the day after); a longer contract period applies"},
            {ServiceParameters.LONG_TERM_YEARS, "10", "合同终止后保存年限(任一保险期间一年以上)/ years after termination, any term over one year (IL Art. 87)"},
            {ServiceParameters.SHORT_TERM_YEARS, "5", "合同终止后保存年限(仅一年期及以下)/ years after termination, terms of one year or less"},
            {ServiceParameters.AML_YEARS, "5", "业务关系结束后保存年限(反洗钱)/ years after the business relationship ends (AML)"},
            {ServiceParameters.DISPUTE_EXTRA_YEARS, "2", "争议结束后保存年限(录音录像)/ years after a dispute ends (recordings)"},
            {ServiceParameters.AGE_OF_MAJORITY, "18", "成年年龄,请求日按周岁计,生日当天即成年 / age of majority in completed years on the request date"},
            {"change.CONTACT_CHANGE.approvals", "1", "联系方式变更所需审批人数(申请人本人不计)/ approvals for a contact change (the requester does not count)"},
            {"change.CONTACT_CHANGE.documents", "0", "联系方式变更所需证明材料数 / supporting documents for a contact change"},
            {"change.IDENTITY_CHANGE.approvals", "2", "身份信息变更所需审批人数(申请人本人不计)/ approvals for an identity change"},
            {"change.IDENTITY_CHANGE.documents", "1", "身份信息变更所需证明材料数 / supporting documents for an identity change"},
    };

    record Case(String id, ObjectNode input, String outcome, String rule, String note) {
    }

    static ObjectNode with(ObjectNode base, Consumer<ObjectNode> change) {
        change.accept(base);
        return base;
    }

    static List<Case> cases() {
        List<Case> c = new ArrayList<>();
        c.add(new Case("SV-01", ServiceRequests.loan(), "PERMIT", "GATE-OK", "保单贷款全部通过 / loan passes"));
        c.add(new Case("SV-02", with(ServiceRequests.loan(), r -> policy(r).put("keyInfoComplete", false)), "DENY",
                "GATE-PS-001", "关键信息缺失 / key info missing"));
        c.add(new Case("SV-03", with(ServiceRequests.loan(), r -> policy(r).put("customerIdExpired", true)), "DENY",
                "GATE-PS-004", "证件过期 / ID expired"));
        c.add(new Case("SV-04", with(ServiceRequests.survival(), r -> r.put("customerAuthenticated", false)), "DENY",
                "GATE-MOB-001", "未认证 / not authenticated"));
        c.add(new Case("SV-05", with(ServiceRequests.loan(), r -> policy(r).put("annuityStarted", true)), "DENY",
                "GATE-MOB-002", "已领年金 / annuity started"));
        c.add(new Case("SV-06", with(ServiceRequests.loan(), r -> policy(r).put("policyholderIsInsured", false)
                .put("insuredBirthDate", "2008-06-01").put("guardianship", true)), "DENY", "GATE-MOB-003",
                "被保险人18周岁生日当天已成年 / insured turns 18 on the request date: adult"));
        c.add(new Case("SV-07", with(ServiceRequests.loan(), r -> policy(r).put("policyholderIsInsured", false)
                .put("insuredBirthDate", "2008-06-02").put("guardianship", true)), "PERMIT", "GATE-OK",
                "监护人为未成年被保险人贷款 / guardian, insured 17"));
        c.add(new Case("SV-08", with(ServiceRequests.survival(), r -> r.put("applicantRole", "POLICYHOLDER")), "DENY",
                "GATE-MOB-004", "成年被保险人,投保人不得申请 / adult insured: policyholder may not claim"));
        c.add(new Case("SV-09", ServiceRequests.survival(), "PERMIT", "GATE-OK", "被保险人本人申请 / the insured claims"));
        c.add(new Case("SV-10", with(ServiceRequests.loan(), r -> r.put("signedByApplicant", false)), "DENY",
                "GATE-MOB-005", "非本人签名 / not signed by the applicant"));
        c.add(new Case("SV-11", with(ServiceRequests.loan(), r -> r.putObject("applicantIdDocument")
                .put("type", "HOUSEHOLD_REGISTER").put("validFrom", "2000-01-01").put("validUntil", "2030-01-01")
                .put("registrationDate", "2000-01-01")), "DENY", "GATE-MOB-007", "户口簿有效期应为长期 / must be long-term"));
        c.add(new Case("SV-12", ServiceRequests.contactChange(), "PERMIT", "LIFE-CHG-003", "联系方式变更 / contact change"));
        c.add(new Case("SV-13", with(ServiceRequests.contactChange(), r -> r.put("submittedBy", "AGENT")), "DENY",
                "GATE-PS-002", "销售人员代提交 / submitted by the salesperson"));
        c.add(new Case("SV-14", with(ServiceRequests.contactChange(), r -> r.put("newMobile", "+86 137-0013-7000")),
                "DENY", "GATE-PS-003", "新电话为销售人员电话 / new phone is the salesperson's"));
        c.add(new Case("SV-15", with(ServiceRequests.contactChange(), r -> r.putArray("approvals").add("clerk-1")),
                "PENDING_APPROVAL", "LIFE-CHG-001", "自批不计 / a self-approval does not count"));
        c.add(new Case("SV-16", with(ServiceRequests.identityChange(), r -> r.putArray("supportingDocuments")), "DENY",
                "LIFE-CHG-002", "缺证明材料 / no documents"));
        c.add(new Case("SV-17", with(ServiceRequests.identityChange(), r -> r.putArray("approvals").add("manager-1")),
                "PENDING_APPROVAL", "LIFE-CHG-002", "仅一人审批 / one approval"));
        c.add(new Case("SV-18", ServiceRequests.identityChange(), "PERMIT", "LIFE-CHG-003", "身份变更 / identity change"));
        c.add(new Case("SV-19", with(ServiceRequests.callback(), r -> policy(r).put("termOverOneYear", false)),
                "NOT_REQUIRED", "GATE-CB-000", "一年期 / one-year term"));
        c.add(new Case("SV-20", attempt(ServiceRequests.callback(), "2026-06-16", "13800138000", true, true),
                "COMPLETED", "GATE-CB-001", "犹豫期最后一天 / last day of the period"));
        c.add(new Case("SV-21", with(attempt(ServiceRequests.callback(), "2026-06-17", "13800138000", true, true),
                r -> r.put("asOfDate", "2026-06-20")), "COMPLETED_LATE", "GATE-CB-001", "犹豫期后一天 / the day after"));
        c.add(new Case("SV-22", with(ServiceRequests.callback(), r -> r.put("asOfDate", "2026-06-17")), "OVERDUE",
                "GATE-CB-005", "逾期 / overdue"));
        c.add(new Case("SV-23", attempt(ServiceRequests.callback(), "2026-06-05", "13800138000", true, false),
                "RECALL_REQUIRED", "GATE-CB-002", "非本人 / not verified"));
        c.add(new Case("SV-24", attempt(ServiceRequests.callback(), "2026-06-05", "13911112222", true, true),
                "INVALID_CALLBACK", "GATE-CB-003", "非留存电话 / wrong number"));
        c.add(new Case("SV-25", with(ServiceRequests.callback(), r -> r.put("asOfDate", "2026-06-16")), "PENDING",
                "GATE-CB-001", "尚未回访 / not called yet"));
        c.add(new Case("SV-26", ServiceRequests.destruction(), "PERMIT", "LIFE-DES-003", "保存期满后销毁 / after retention"));
        c.add(new Case("SV-27", with(ServiceRequests.destruction(), r -> customer(r).put("hasInForcePolicy", true)),
                "DENY", "LIFE-RET-001", "仍有有效保单 / policy in force"));
        c.add(new Case("SV-28", with(ServiceRequests.destruction(), r -> customer(r).put("legalHold", true)), "DENY",
                "LIFE-RET-003", "涉诉 / legal hold"));
        c.add(new Case("SV-29", with(ServiceRequests.destruction(), r -> r.put("requestDate", "2020-05-31")), "DENY",
                "LIFE-RET-002", "保存期最后一天 / last day of retention"));
        c.add(new Case("SV-30", with(ServiceRequests.destruction(), r -> r.put("approverId", "records-1")), "DENY",
                "LIFE-DES-001", "自批 / self-approved"));
        c.add(new Case("SV-31", with(ServiceRequests.deletion(), r -> r.put("requestDate", "2020-05-31")), "RESTRICT",
                "LIFE-DES-004", "保存期内删除请求 / deletion within retention"));
        c.add(new Case("SV-32", with(ServiceRequests.deletion(), r -> r.put("requestDate", "2020-06-01")), "PERMIT",
                "LIFE-DES-004", "保存期满次日 / the day after retention ends"));
        return c;
    }

    public static void main(String[] args) throws IOException {
        Files.write(FILE, bytes());
        System.out.println("wrote " + FILE.toAbsolutePath());
    }

    public static byte[] bytes() throws IOException {
        try (Workbook wb = new XSSFWorkbook()) {
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            readme(wb.createSheet("说明 README"));
            parameters(wb.createSheet("参数 Parameters"), wrap);
            decisions(wb.createSheet("判定顺序 Decisions"), wrap);
            tests(wb.createSheet("测试用例 Tests"), wrap);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void readme(Sheet s) {
        String[] lines = {
                "保全与客户资料生命周期规则 — Policy service, callbacks and the data lifecycle (catalog §4.1–4.3, §4.5, §6)",
                "POST /api/v1/decisions/service 的每个请求得到一个结论和决定它的一条规则 / One request, one decision, one rule.",
                "1. 参数 Parameters — 犹豫期天数、保存年限、成年年龄、各变更类型所需审批人数和证明材料数(目录§7)。",
                "   Cooling-off days, retention years, age of majority, approvals and documents per change type (catalog §7).",
                "2. 判定顺序 Decisions — 每行:请求类型 + 已填条件;所有匹配行中“顺序”最小的一行决定结论(目录§4.5)。",
                "   Each row: request type + the conditions filled in; of all matching rows the smallest order decides (§4.5).",
                "   同一规则可有多行(任一行满足即触发),顺序相同。每种请求类型最后一行无条件(通过 / 待回访)。",
                "   A rule may have several rows (any of them triggers it). Each type ends with an unconditional row.",
                "   空白条件单元格表示“不限”;条件填 是/否。动作列全部必填。规则编号与原因须与《规则目录》一致。",
                "   A blank condition means any; conditions are 是/否. Every action cell is required; ids and reasons follow the catalog.",
                "3. 测试用例 Tests — 每行一个请求(JSON)、期望结论和决定规则;上传时运行,任一不通过则该版本被拒绝。",
                "   One request (JSON) per row with the expected decision and rule id; run on upload, a failing case rejects the version.",
                "修改后上传到 POST /api/v1/rulesets/service,经另一位审批人激活后生效,无需重启。",
                "Upload to POST /api/v1/rulesets/service; effective once another person (rule approver) activates it, no restart.",
                "本工作簿由 src/test/java/cn/lifeinfo/compliance/service/ServiceWorkbookGenerator.java 生成 / generated by ServiceWorkbookGenerator.",
        };
        for (int i = 0; i < lines.length; i++) {
            s.createRow(i).createCell(0).setCellValue(lines[i]);
        }
        s.setColumnWidth(0, 140 * 256);
    }

    private static void header(Sheet s, int objectCols, String objectType, String[] templates) {
        String[][] top = {{"RuleSet", RULESET}, {"Import", IMPORT}, {"Variables", SINK}, {"EscapeQuotes", "true"}};
        for (int i = 0; i < top.length; i++) {
            Row r = s.createRow(i);
            r.createCell(1).setCellValue(top[i][0]);
            r.createCell(2).setCellValue(top[i][1]);
        }
        s.createRow(4).createCell(1).setCellValue("RuleTable " + s.getSheetName().replaceAll("^.* ", ""));
        Row types = s.createRow(5);
        Row objects = s.createRow(6);
        Row code = s.createRow(7);
        for (int i = 0; i < templates.length; i++) {
            types.createCell(1 + i).setCellValue(i < objectCols ? "CONDITION" : "ACTION");
            code.createCell(1 + i).setCellValue(templates[i]);
        }
        objects.createCell(1).setCellValue(objectType);
        for (int i = 2; i <= objectCols; i++) {
            objects.createCell(i).setBlank(); // Drools visits a merged cell only where the row has one
        }
        if (objectCols > 1) {
            s.addMergedRegion(new CellRangeAddress(6, 6, 1, objectCols));
        }
    }

    private static void parameters(Sheet s, CellStyle wrap) {
        header(s, 1, "$p : Parameter", new String[]{"key == \"$param\"", "$p.set(\"$param\");", "// $param"});
        Row h = s.createRow(8);
        String[] heads = {"参数\nParameter", "取值\nValue", "说明\nNote"};
        for (int i = 0; i < heads.length; i++) {
            Cell c = h.createCell(1 + i);
            c.setCellValue(heads[i]);
            c.setCellStyle(wrap);
        }
        for (int i = 0; i < PARAMETERS.length; i++) {
            Row r = s.createRow(9 + i);
            for (int j = 0; j < 3; j++) {
                r.createCell(1 + j).setCellValue(PARAMETERS[i][j]);
            }
        }
        s.setColumnWidth(1, 36 * 256);
        s.setColumnWidth(3, 100 * 256);
    }

    private static void decisions(Sheet s, CellStyle wrap) {
        String[] templates = new String[CONDITIONS.length + ACTION_HEADERS.length];
        for (int i = 0; i < CONDITIONS.length; i++) {
            templates[i] = i == 0 ? "type == \"$param\"" : CONDITIONS[i][0] + " == $param";
        }
        int a = CONDITIONS.length;
        templates[a] = "String ruleId = \"$param\";"; // first: the rule id is how diffs name a row
        templates[a + 1] = "String order = \"$param\";";
        templates[a + 2] = "String decision = \"$param\";";
        templates[a + 3] = "String zh = \"$param\";";
        templates[a + 4] = "String en = \"$param\";";
        templates[a + 5] = "out.decide(order, ruleId, decision, zh, en, \"$param\");";
        header(s, CONDITIONS.length, "ServiceCheck", templates);
        Row h = s.createRow(8);
        for (int i = 0; i < templates.length; i++) {
            Cell c = h.createCell(1 + i);
            c.setCellValue(i < a ? CONDITIONS[i][1] : ACTION_HEADERS[i - a]);
            c.setCellStyle(wrap);
        }
        int rowNo = 9;
        for (Row2 row : decisionRows()) {
            Row r = s.createRow(rowNo++);
            r.createCell(1).setCellValue(row.type());
            for (int i = 1; i < CONDITIONS.length; i++) {
                String v = row.when().get(CONDITIONS[i][0]);
                if (v != null) {
                    r.createCell(1 + i).setCellValue(v);
                }
            }
            Rule rule = row.rule();
            String[] actions = {rule.id(), Integer.toString(rule.order()), rule.decision(), rule.zh(), rule.en(),
                    rule.source()};
            for (int i = 0; i < actions.length; i++) {
                r.createCell(1 + a + i).setCellValue(actions[i]);
            }
        }
        for (String[] c : CONDITIONS) {
            if (!c[0].equals("type")) {
                boolean used = decisionRows().stream().anyMatch(r -> r.when().containsKey(c[0]));
                if (!used) {
                    throw new IllegalStateException("unused condition column " + c[0]);
                }
            }
        }
    }

    private static void tests(Sheet s, CellStyle wrap) {
        Row h = s.createRow(0);
        String[] heads = {"用例编号\nCase", "输入(服务请求 JSON)\nInput (service request JSON)",
                "期望结论\nExpected outcome", "期望规则\nExpected rule id (决定结果的规则)", "说明\nNote"};
        for (int i = 0; i < heads.length; i++) {
            Cell c = h.createCell(i);
            c.setCellValue(heads[i]);
            c.setCellStyle(wrap);
        }
        int rowNo = 1;
        for (Case c : cases()) {
            Row r = s.createRow(rowNo++);
            r.createCell(0).setCellValue(c.id());
            r.createCell(1).setCellValue(c.input().toString());
            r.createCell(2).setCellValue(c.outcome());
            r.createCell(3).setCellValue(c.rule());
            r.createCell(4).setCellValue(c.note());
        }
        s.setColumnWidth(1, 120 * 256);
    }
}
