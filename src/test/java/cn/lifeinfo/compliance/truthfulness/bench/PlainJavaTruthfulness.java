package cn.lifeinfo.compliance.truthfulness.bench;

import cn.lifeinfo.compliance.truthfulness.ExtractedFacts;
import cn.lifeinfo.compliance.truthfulness.FactExtractor;
import cn.lifeinfo.compliance.truthfulness.TruthfulnessEngine;
import cn.lifeinfo.compliance.truthfulness.facts.AddressFacts;
import cn.lifeinfo.compliance.truthfulness.facts.ContactFacts;
import cn.lifeinfo.compliance.truthfulness.facts.DecisionSink;
import cn.lifeinfo.compliance.truthfulness.facts.Finding;
import cn.lifeinfo.compliance.truthfulness.facts.PersonFacts;
import cn.lifeinfo.compliance.truthfulness.facts.PolicyFacts;
import cn.lifeinfo.compliance.truthfulness.facts.RelationshipFacts;
import cn.lifeinfo.compliance.truthfulness.facts.RoleFacts;
import cn.lifeinfo.compliance.truthfulness.facts.SalesFacts;
import cn.lifeinfo.compliance.vocabulary.parse.Divisions;
import cn.lifeinfo.compliance.vocabulary.record.PolicyRecord;

import java.util.regex.Pattern;

/**
 * The benchmark's baseline: every row of rules/truthfulness/truthfulness.xlsx (as written by
 * /work/tools/GenTruthSheet.java) hand-coded as if-statements over the same extracted facts. It shares
 * {@link FactExtractor}, {@link DecisionSink} and {@link TruthfulnessEngine#outcome} with the engine path, so the
 * comparison is the rules engine against plain Java and nothing else. Test scope only: the product decides with the
 * workbook; {@code PlainJavaTruthfulnessTest} keeps this copy identical to it on a generated mix.
 */
public final class PlainJavaTruthfulness {

    private static final String YES = "是";
    private static final String NO = "否";
    private static final String FAIL = "FAIL";
    private static final String WARN = "WARN";
    private static final String INFO = "INFO";

    private static final Pattern PLACEHOLDER_NAME =
            Pattern.compile("(?i)(.*某某.*|客户.*|测试.*|test.*|.*宝宝|新生儿.*|.{1,2}(先生|女士|小姐)|.+之[子女])");
    private static final Pattern DETAIL_UNIT =
            Pattern.compile(".*(号|弄|栋|幢|座|单元|室|楼|层|户|村|组|屯|嘎查|寨|庄|队).*");

    private static final String A26 = "Art. 2; Art. 6(3)";
    private static final String A26B = "Art. 2; 6(3)";
    private static final String S1 = "S1 操作要求";

    private final FactExtractor extractor;

    public PlainJavaTruthfulness(Divisions divisions) {
        this.extractor = new FactExtractor(divisions);
    }

    public TruthfulnessEngine.Outcome decide(PolicyRecord record) {
        ExtractedFacts extracted = extractor.extract(record);
        DecisionSink out = new DecisionSink();
        for (Object fact : extracted.facts()) {
            if (fact instanceof PersonFacts p) {
                person(out, p);
            } else if (fact instanceof ContactFacts c) {
                contact(out, c);
            } else if (fact instanceof AddressFacts a) {
                address(out, a);
            } else if (fact instanceof RelationshipFacts r) {
                relationship(out, r);
            } else if (fact instanceof PolicyFacts pol) {
                policy(out, pol);
            } else if (fact instanceof SalesFacts s) {
                sales(out, s);
            }
        }
        return TruthfulnessEngine.outcome(extracted.inScope(), out);
    }

    /** Sheet "人员 Person". */
    private static void person(DecisionSink out, PersonFacts p) {
        String kind = p.getRoleKind();
        boolean pi = "policyholder".equals(kind) || "insured".equals(kind);
        if (!pi && !"beneficiary".equals(kind)) {
            return; // every row names its roles
        }
        String key = pi ? YES : NO; // key info for policyholder and insured, not for beneficiaries
        if (p.isNameMissing()) {
            add(out, p, "TRU-NAME-001", "name", FAIL, key, "姓名缺失", "Name is missing", A26);
        }
        if (p.getName() != null && PLACEHOLDER_NAME.matcher(p.getName()).matches()) {
            add(out, p, "TRU-NAME-002", "name", FAIL, NO, "姓名为占位或称谓,非真实姓名",
                    "Name is a placeholder or honorific, not a real name", "Art. 5, 6(2); S1 操作要求");
        }
        if (!p.isNameMissing() && !p.isNameFormatValid()) {
            add(out, p, "TRU-NAME-003", "name", FAIL, NO, "姓名格式不合法", "Name format invalid",
                    "Art. 6(2) (accurate recording)");
        }
        if (!p.isGenderValid()) {
            add(out, p, "TRU-GEN-001", "gender", FAIL, key, "性别缺失或无效", "Gender missing or invalid", A26B);
        }
        if (!p.isBirthDateValid()) {
            add(out, p, "TRU-BIRTH-001", "birthDate", FAIL, key, "出生日期缺失或非有效日期",
                    "Birth date missing or not a valid date", A26B);
        }
        if (p.isBirthAfterApplication()) {
            add(out, p, "TRU-BIRTH-002", "birthDate", FAIL, NO, "出生日期晚于投保日期",
                    "Birth date is after the application date", "Art. 6(2) logical accuracy (~Art. 11(1))");
        }
        String defect = p.getIdDefect();
        if (defect != null) {
            switch (defect) {
                case "TYPE_MISSING" -> add(out, p, "TRU-IDT-001", "idType", FAIL, key, "证件类型缺失",
                        "ID document type missing", A26B);
                case "NUMBER_MISSING" -> add(out, p, "TRU-ID-001", "idNumber", FAIL, key, "证件号码缺失",
                        "ID number missing", A26B);
                case "TYPE_INVALID" -> add(out, p, "TRU-IDT-002", "idType", FAIL, NO, "证件类型不是公安机关认可的有效证件",
                        "ID type is not a recognised valid document", "S1 操作要求 (公安机关认可的有效证件)");
                case "TYPE_MISMATCH" -> add(out, p, "TRU-IDT-003", "idType", FAIL, NO, "证件类型与证件号码不符",
                        "ID type does not match the number", "S1 客服宣导 (证件类别不正确须变更)");
                case "FORMAT" -> add(out, p, "TRU-ID-002", "idNumber", FAIL, NO, "证件号码格式错误(位数或字符不合规)",
                        "ID number format invalid for its type", "GB 11643; F18–F19");
                case "CHECK_DIGIT" -> add(out, p, "TRU-ID-003", "idNumber", FAIL, NO, "身份证号码校验码错误",
                        "ID check digit (ISO 7064 MOD 11-2) is wrong", "GB 11643-1999");
                case "BIRTH_DATE" -> add(out, p, "TRU-ID-004", "idNumber", FAIL, NO, "证件号码中的出生日期无效",
                        "Birth date encoded in ID number is invalid", "GB 11643");
                case "PREFIX" -> add(out, p, "TRU-ID-005", "idNumber", FAIL, NO, "证件号码地址码(省级)无效",
                        "ID address-code prefix invalid", "GB 11643; GB/T 2260; F18");
                case "NONE" -> structurallyValidId(out, p);
                default -> {
                }
            }
        }
        if ("BIRTH_CERTIFICATE".equals(p.getIdType()) && p.getAge() != null && p.getAge() >= 16) {
            add(out, p, "TRU-IDT-004", "idType", WARN, NO, "年满16周岁应使用居民身份证",
                    "Person aged 16+ should present a resident ID card", "ID-law Art. 2");
        }
        if ("OTHER".equals(p.getIdType())) {
            add(out, p, "TRU-IDT-005", "idType", WARN, NO, "证件类型为\"其他\",需人工核实",
                    "ID type \"OTHER\" requires manual verification", S1);
        }
        if (p.isIdExpired()) {
            add(out, p, "TRU-IDV-001", "idValidUntil", FAIL, NO, "证件已过有效期", "ID document expired",
                    "AML 2007 令 Art. 19; S1 (证件有效期限录入)");
        }
        Integer age = p.getAge();
        if (age != null && age > 120) {
            add(out, p, "TRU-AGE-001", "birthDate", FAIL, NO, "年龄超过120岁,不合理", "Age over 120 — implausible",
                    "~Art. 11(1); DEFAULT 120");
        }
        if ("policyholder".equals(kind) && age != null) {
            if (age < 16) {
                add(out, p, "TRU-AGE-002", "birthDate", FAIL, NO, "投保人未满16周岁,不具备完全民事行为能力",
                        "Policyholder under 16 lacks full civil capacity", "民法典 Arts. 17–19; DEFAULT");
            } else if (age < 18) {
                add(out, p, "TRU-AGE-003", "birthDate", WARN, NO,
                        "投保人为16–17周岁未成年人,需核实以自己劳动收入为主要生活来源或监护人同意",
                        "Policyholder is 16–17: verify own income (民法典 Art. 18) or guardian consent",
                        "民法典 Art. 18; DEFAULT");
            }
        }
        if ("beneficiary".equals(kind) && p.isSameIdAsInsured()) {
            add(out, p, "TRU-BEN-003", "idNumber", FAIL, NO, "被保险人不能为身故受益人",
                    "Insured cannot be the death beneficiary", "data logic");
        }
    }

    /** The rows that need idDefect NONE. */
    private static void structurallyValidId(DecisionSink out, PersonFacts p) {
        if (Boolean.FALSE.equals(p.getIdAddressCodeKnown())) {
            add(out, p, "TRU-ID-006", "idNumber", WARN, NO, "地址码不在行政区划代码表中,需核实",
                    "Address code not found in the GB/T 2260 list; verify", "GB/T 2260 (data-dependent → WARN)");
        }
        String applied = p.getApplicationDate();
        if (p.isIdFifteenDigit() && applied != null) {
            if (applied.compareTo("2013-01-01") >= 0) {
                add(out, p, "TRU-ID-007", "idNumber", FAIL, NO, "第一代身份证已于2013年1月1日停止使用,须提供18位号码",
                        "First-generation 15-digit ID no longer valid since 2013-01-01", "F17");
            } else {
                add(out, p, "TRU-ID-008", "idNumber", WARN, NO, "历史保单为15位身份证,应在下次保全时升级为18位",
                        "Legacy 15-digit ID; upgrade to 18 digits at the next service", "F15, F17");
            }
        }
        if (Boolean.FALSE.equals(p.getBirthMatchesId())) {
            add(out, p, "TRU-CONS-001", "birthDate", FAIL, NO, "出生日期与证件号码不一致",
                    "Birth date inconsistent with ID number", "~Art. 11(1) logical accuracy");
        }
        if (Boolean.FALSE.equals(p.getGenderMatchesId())) {
            add(out, p, "TRU-CONS-002", "gender", FAIL, NO, "性别与证件号码不一致", "Gender inconsistent with ID number",
                    "GB 11643; ~Art. 11(1)");
        }
    }

    /** Sheet "电话 Phone". */
    private static void contact(DecisionSink out, ContactFacts c) {
        if (!c.isMobilePresent()) {
            if (!c.isLandlinePresent()) {
                add(out, c, "TRU-PHONE-001", "mobile", FAIL, YES, "投保人联系电话缺失",
                        "Policyholder contact phone missing", "Art. 6(3)");
            } else {
                add(out, c, "TRU-PHONE-007", "mobile", WARN, NO, "未提供投保人本人手机号码,应鼓励和引导客户提供",
                        "No personal mobile; Measures encourage collecting the customer's own mobile", "Art. 6(5)");
            }
        }
        String mobile = c.getMobileDefect();
        if (mobile != null) {
            switch (mobile) {
                case "FORMAT" -> add(out, c, "TRU-PHONE-002", "mobile", FAIL, NO, "手机号码去除前缀\"0\"、\"+86\"后须为11位",
                        "Mobile must be 11 digits after removing \"0\"/\"+86\"/\"86\"", S1);
                case "UNALLOCATED_SEGMENT" -> add(out, c, "TRU-PHONE-003", "mobile", WARN, NO, "手机号段未分配或非公众移动号段",
                        "Mobile segment unallocated or not a public mobile segment", "F20 (data-dependent → WARN)");
                case "PLACEHOLDER" -> placeholderPhone(out, c, "mobile");
                case "SERVICE_NUMBER" -> servicePhone(out, c, "mobile");
                default -> {
                }
            }
        }
        String landline = c.getLandlineDefect();
        if (landline != null) {
            switch (landline) {
                case "AREA_CODE" -> add(out, c, "TRU-PHONE-004", "landline", FAIL, NO, "固定电话缺少区号或区号无效",
                        "Landline lacks a valid area code", S1);
                case "LENGTH" -> add(out, c, "TRU-PHONE-005", "landline", FAIL, NO, "固定电话号码多位或少位",
                        "Landline has too many or too few digits", S1);
                case "UNKNOWN_AREA_CODE" -> add(out, c, "TRU-PHONE-006", "landline", WARN, NO, "区号不在国内长途区号表中",
                        "Area code not in the national area-code list", "S1 (data-dependent → WARN)");
                case "PLACEHOLDER" -> placeholderPhone(out, c, "landline");
                case "SERVICE_NUMBER" -> servicePhone(out, c, "landline");
                default -> {
                }
            }
        }
    }

    private static void placeholderPhone(DecisionSink out, ContactFacts c, String field) {
        add(out, c, "TRU-PHONE-008", field, FAIL, NO, "疑似虚假(占位)电话号码", "Placeholder / fake phone number",
                "S1 操作要求 (不能为虚假电话)");
    }

    private static void servicePhone(DecisionSink out, ContactFacts c, String field) {
        add(out, c, "TRU-PHONE-009", field, FAIL, NO, "联系电话为公司、银行网点或服务热线电话,非投保人本人电话",
                "Phone belongs to the insurer, a bank outlet or a service line, not the policyholder",
                "S1 操作要求 二; 冀保监罚〔2014〕6号");
    }

    /** Sheet "地址 Address". */
    private static void address(DecisionSink out, AddressFacts a) {
        if (a.isMissing()) {
            add(out, a, "TRU-ADDR-001", "address", FAIL, YES, "投保人联系地址缺失", "Policyholder address missing",
                    "Art. 6(3)");
            return; // every other row says missing == 否
        }
        if (a.getProvinceStatus() != null && !"OK".equals(a.getProvinceStatus())) {
            add(out, a, "TRU-ADDR-002", "address.province", FAIL, NO, "联系地址缺少省级信息", "Address lacks province", S1);
        }
        if (Boolean.TRUE.equals(a.getCityMissing())) {
            add(out, a, "TRU-ADDR-003", "address.city", FAIL, NO, "联系地址缺少市级信息", "Address lacks city", S1);
        }
        if (Boolean.TRUE.equals(a.getDistrictMissing())) {
            add(out, a, "TRU-ADDR-004", "address.district", FAIL, NO, "联系地址缺少区(县)信息",
                    "Address lacks district/county", S1);
        }
        String detail = a.getDetailStatus();
        if ("MISSING".equals(detail)
                || "PRESENT".equals(detail) && a.getDetail() != null && !DETAIL_UNIT.matcher(a.getDetail()).matches()) {
            add(out, a, "TRU-ADDR-005", "address.detail", WARN, NO, "联系地址原则上须包含街道门牌号、楼宇房间号或村庄名称",
                    "Address should in principle include street number, building/room or village",
                    "S1 操作要求 (\"原则上\")");
        } else if ("PLACEHOLDER".equals(detail)) {
            add(out, a, "TRU-ADDR-008", "address.detail", FAIL, NO, "联系地址为占位内容", "Address detail is a placeholder",
                    "Art. 5/6; S1 (虚假地址)");
        }
        if (Boolean.FALSE.equals(a.getHierarchyKnown())) {
            add(out, a, "TRU-ADDR-006", "address", WARN, NO, "省市区层级关系与行政区划不一致",
                    "Province/city/district combination not in the GB/T 2260 reference",
                    "GB/T 2260 (data vintage → WARN)");
        }
    }

    /** Sheet "关系 Relationship". */
    private static void relationship(DecisionSink out, RelationshipFacts r) {
        String field = "relationshipToPolicyholder";
        String rel = r.getRelationship();
        if (r.isRelationshipMissing()) {
            add(out, r, "TRU-REL-001", field, FAIL, YES, "投被保险人关系缺失", "Policyholder–insured relationship missing",
                    "Art. 6(3)");
        } else if (!r.isRelationshipValid()) {
            add(out, r, "TRU-REL-002", field, FAIL, NO, "投被保险人关系代码无效", "Relationship code invalid", "Art. 6(2)");
        }
        if (!r.isIdentityConsistent()) {
            add(out, r, "TRU-REL-003", field, FAIL, NO, "投被保险人关系与身份信息矛盾", "Relationship contradicts identities",
                    "~Art. 11(1) logical accuracy");
        } else {
            if (("CHILD".equals(rel) || "PARENT".equals(rel)) && r.getParentAgeAtChildBirth() != null
                    && r.getParentAgeAtChildBirth() < 14) {
                add(out, r, "TRU-REL-004", field, FAIL, NO, "父母子女年龄差不合理",
                        "Parent–child age gap implausible (<14 years)", "~Art. 11(1); DEFAULT 14");
            }
            if ("SPOUSE".equals(rel) && (underMarriageAge(r.getPolicyholderGender(), r.getPolicyholderAge())
                    || underMarriageAge(r.getInsuredGender(), r.getInsuredAge()))) {
                add(out, r, "TRU-REL-005", field, WARN, NO, "配偶一方未达法定婚龄,需核实关系",
                        "A spouse is below the statutory marriage age; verify relationship", "民法典 Art. 1047");
            }
            if (!r.isRelationshipMissing() && !"CHILD".equals(rel) && r.getInsuredAge() != null
                    && r.getInsuredAge() < 8 && r.isHasDeathBenefit()) {
                add(out, r, "TRU-REL-007", field, FAIL, NO, "不得为无民事行为能力人投保以死亡为给付条件的保险(父母为子女投保除外)",
                        "Death cover on a person without civil capacity is only allowed for parents",
                        "保险法 Art. 33; 民法典 Art. 20");
            }
        }
        if ("OTHER".equals(rel)) {
            add(out, r, "TRU-REL-006", field, WARN, NO, "投保人与被保险人无法定保险利益关系,需被保险人同意",
                    "No statutory insurable interest; insured's consent required", "保险法 Art. 31");
        }
    }

    private static boolean underMarriageAge(String gender, Integer age) {
        return age != null && ("M".equals(gender) && age < 22 || "F".equals(gender) && age < 20);
    }

    /** Sheet "保单 Policy". */
    private static void policy(DecisionSink out, PolicyFacts pol) {
        if (!pol.isInScope()) {
            add(out, pol, "TRU-SCOPE-001", "coverageTerm", INFO, NO, "非保险期间超过一年的个人人身保险业务,不适用《办法》",
                    "Not individual business with a coverage period over one year; the Measures do not apply", "Art. 3");
        } else {
            for (String input : pol.getScopeUndeterminedBy()) {
                add(out, pol, "TRU-SCOPE-002", input, WARN, NO, "适用范围无法判定,按适用处理",
                        "Scope cannot be determined; evaluated as in scope", "Art. 3 (fail closed)");
            }
            if ("DESIGNATED".equals(pol.getBeneficiaryDesignation()) && pol.getBeneficiaryCount() == 0) {
                add(out, pol, "TRU-BEN-001", "beneficiaries", FAIL, NO, "指定受益人信息缺失",
                        "Designated beneficiary information missing", "Art. 2");
            }
            if (!pol.isBeneficiarySharesValid()) {
                add(out, pol, "TRU-BEN-002", "beneficiaries.sharePercent", FAIL, NO, "同一顺位受益份额合计不等于100%",
                        "Beneficiary shares in an order do not total 100%", "Art. 6(2); data logic");
            }
        }
        if (pol.isIndividual() && !pol.isRecordingCompleted()) {
            String channel = pol.getChannel();
            boolean term = pol.isTermOverOneYear();
            if ("TELESALES".equals(channel) || "INTERNET".equals(channel)
                    || "BANCASSURANCE".equals(channel) && term
                    || term && pol.getPolicyholderAge() != null && pol.getPolicyholderAge() >= 60
                    || term && pol.isInvestmentLinked()) {
                add(out, pol, "GATE-REC-001", "salesRecording.completed", FAIL, NO, "未按规定实施销售行为可回溯(录音录像)",
                        "Mandatory sales recording (双录/可回溯) missing", "HS (保监发〔2017〕54号)");
            }
        }
    }

    /** Sheet "销售 Sales". */
    private static void sales(DecisionSink out, SalesFacts s) {
        String zh = "未真实完整记录销售人员姓名、工号";
        String en = "Salesperson name/number not recorded (sales real-name rule)";
        String src = "~Art. 10 (S1 slide 十)";
        if (s.isAgentCodeMissing()) {
            add(out, s, "TRU-SALES-001", "agentCode", FAIL, NO, zh, en, src);
        }
        if (s.isNameMissing()) {
            add(out, s, "TRU-SALES-001", "name", FAIL, NO, zh, en, src);
        }
        String channel = s.getChannel();
        if (s.isOutletNameMissing()
                && ("BANCASSURANCE".equals(channel) || "BROKER".equals(channel) || "AGENCY_COMPANY".equals(channel))) {
            add(out, s, "TRU-SALES-002", "outlet.name", FAIL, NO, "未记录代理机构分支机构、网点名称",
                    "Intermediary outlet/branch name not recorded", "~Art. 10");
        }
    }

    /** A finding, then sheet "核保门控 Gate" on it (the engine path inserts the finding and the gate table matches it). */
    private static void add(DecisionSink out, RoleFacts subject, String ruleId, String field, String severity,
                            String keyInfo, String zh, String en, String source) {
        Finding f = out.add(subject, ruleId, field, severity, keyInfo, zh, en, source);
        if (f.isFail()) {
            if (f.isKeyInfo()) {
                out.gate("GATE-UW-001", "BLOCK");
            } else {
                out.gate("GATE-UW-002", "BLOCK");
            }
        } else if (f.isWarn()) {
            out.gate("GATE-UW-003", "REVIEW");
        }
    }
}
