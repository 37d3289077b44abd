package cn.lifeinfo.compliance.truthfulness.bench;

import cn.lifeinfo.compliance.truthfulness.TestRecords;
import cn.lifeinfo.compliance.vocabulary.parse.IdNumbers;
import cn.lifeinfo.compliance.vocabulary.record.PolicyRecord;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;

/**
 * A deterministic (seeded) mix of policy records for the benchmarks: about 70% clean records with varied names,
 * real division codes, valid check digits and consistent relationships; about 30% with one to three defects drawn
 * from per-rule recipes (those of TruthfulnessRulesResourceTest, adapted to any generated record); about 5% out of
 * scope; 0–3 beneficiaries. The same seed gives the same records.
 */
public final class RecordMix {

    /** One generated record; {@code defects} names the recipes applied (empty for a clean record). */
    public record Entry(ObjectNode json, List<String> defects) {

        public PolicyRecord record() {
            try {
                return TestRecords.JSON.treeToValue(json, PolicyRecord.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        public boolean clean() {
            return defects.isEmpty();
        }
    }

    record Place(String province, String city, String district, String code, String areaCode, String street) {
    }

    record Defect(String name, boolean needsBeneficiary, BiConsumer<ObjectNode, Random> apply) {
    }

    static final List<Place> PLACES = List.of(
            new Place("浙江省", "杭州市", "西湖区", "330106", "0571", "文三路"),
            new Place("北京市", "北京市", "朝阳区", "110105", "010", "建国路"),
            new Place("上海市", "上海市", "浦东新区", "310115", "021", "世纪大道"),
            new Place("广东省", "广州市", "天河区", "440106", "020", "天河路"),
            new Place("江苏省", "南京市", "鼓楼区", "320106", "025", "中山北路"),
            new Place("四川省", "成都市", "武侯区", "510107", "028", "人民南路"),
            new Place("湖北省", "武汉市", "洪山区", "420111", "027", "珞喻路"),
            new Place("山东省", "济南市", "历下区", "370102", "0531", "泉城路"),
            new Place("河南省", "郑州市", "金水区", "410105", "0371", "花园路"),
            new Place("陕西省", "西安市", "雁塔区", "610113", "029", "长安南路"),
            new Place("辽宁省", "沈阳市", "和平区", "210102", "024", "南京北街"),
            new Place("福建省", "厦门市", "思明区", "350203", "0592", "湖滨南路"));
    private static final String[] SURNAMES = {"张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴", "徐", "孙",
            "马", "朱", "胡", "郭", "何", "林", "罗", "高", "欧阳", "司马"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰",
            "娟", "涛", "明", "超", "秀英", "华", "平", "志强", "建国", "海燕", "晓东", "子涵", "浩然", "雨桐", "一鸣"};
    private static final String[] MINORITY = {"买买提·艾力", "阿依古丽·吐尔逊", "扎西·多吉", "巴特尔·乌力吉"};
    private static final String[] SEGMENTS = {"130", "131", "135", "136", "137", "138", "139", "150", "151", "158",
            "159", "177", "180", "186", "187", "188", "189", "199"};
    private static final String[] UNITS = {"%d号", "%d号%d幢%d室", "%d弄%d号%d室", "%d号%d单元%d室"};
    private static final DateTimeFormatter YMD = DateTimeFormatter.BASIC_ISO_DATE;

    private final Random random;
    /** Policyholders' addresses numbered by the record's index instead of drawn from a few thousand. */
    private final boolean ownAddresses;

    private RecordMix(long seed, boolean ownAddresses) {
        this.random = new Random(seed);
        this.ownAddresses = ownAddresses;
    }

    public static List<Entry> generate(long seed, int count) {
        RecordMix mix = new RecordMix(seed, false);
        List<Entry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            entries.add(mix.next(i));
        }
        return entries;
    }

    /**
     * The same mix, endless, except that no two policyholders share an address (house number, building and room
     * spell the record's index): a day of applications from distinct people with their own phones and addresses, as
     * the stored vs dry-run benchmark needs. ID numbers stay drawn at random from ~200 million, so about one
     * policyholder in 700 of a 630,000-record run shares his with another. {@link #generate}'s addresses repeat on
     * purpose (a street has a few thousand numbers), which makes cross-record lookups find more the longer a run
     * stores.
     */
    public static java.util.stream.Stream<Entry> ownAddresses(long seed) {
        RecordMix mix = new RecordMix(seed, true);
        return java.util.stream.IntStream.iterate(0, i -> i + 1).mapToObj(mix::next);
    }

    public static List<PolicyRecord> records(long seed, int count) {
        return generate(seed, count).stream().map(Entry::record).toList();
    }

    Entry next(int index) {
        ObjectNode r = clean(index);
        List<String> applied = new ArrayList<>();
        if (random.nextInt(100) < 30) {
            int defects = 1 + random.nextInt(3);
            boolean hasBeneficiary = r.get("beneficiaries").size() > 0;
            while (applied.size() < defects) {
                Defect d = DEFECTS.get(random.nextInt(DEFECTS.size()));
                if (d.needsBeneficiary() && !hasBeneficiary || applied.contains(d.name())) {
                    continue;
                }
                d.apply().accept(r, random);
                applied.add(d.name());
                hasBeneficiary = r.get("beneficiaries").size() > 0;
            }
        }
        return new Entry(r, List.copyOf(applied));
    }

    // ---- clean records -------------------------------------------------------------------------------------------

    ObjectNode clean(int index) {
        ObjectNode r = TestRecords.JSON.createObjectNode();
        LocalDate applied = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(900));
        r.put("policyNo", String.format("PB%04d%08d", applied.getYear(), index));
        int scope = random.nextInt(100);
        r.put("businessType", scope < 2 ? "GROUP" : "INDIVIDUAL");
        String channel = pick(new String[]{"AGENCY", "AGENCY", "AGENCY", "AGENCY", "AGENCY", "BANCASSURANCE",
                "BANCASSURANCE", "TELESALES", "INTERNET", "BROKER", "AGENCY_COMPANY", "DIRECT"});
        r.put("channel", channel);
        int kind = random.nextInt(10);
        ObjectNode product = r.putObject("product");
        if (kind < 6) {
            product.put("code", "WL0" + random.nextInt(10)).put("name", "终身寿险").put("category", "LIFE")
                    .put("hasDeathBenefit", true).put("investmentLinked", false);
        } else if (kind < 8) {
            product.put("code", "CI0" + random.nextInt(10)).put("name", "重大疾病保险").put("category", "HEALTH")
                    .put("hasDeathBenefit", false).put("investmentLinked", false);
        } else if (kind < 9) {
            product.put("code", "IL0" + random.nextInt(10)).put("name", "投资连结保险").put("category", "INVESTMENT")
                    .put("hasDeathBenefit", true).put("investmentLinked", true);
        } else {
            product.put("code", "AN0" + random.nextInt(10)).put("name", "年金保险").put("category", "ANNUITY")
                    .put("hasDeathBenefit", false).put("investmentLinked", false);
        }
        ObjectNode term = r.putObject("coverageTerm");
        if (scope >= 2 && scope < 5) {
            term.put("unit", random.nextBoolean() ? "MONTH" : "YEAR").put("value", random.nextBoolean() ? 12 : 1);
        } else {
            switch (random.nextInt(4)) {
                case 0 -> term.put("unit", "LIFETIME");
                case 1 -> term.put("unit", "TO_AGE").put("value", 70 + 10 * random.nextInt(3));
                default -> term.put("unit", "YEAR").put("value", 10 + 10 * random.nextInt(3));
            }
        }
        r.put("applicationDate", applied.toString());
        r.put("effectiveDate", applied.plusDays(1 + random.nextInt(3)).toString());

        Place home = pick(PLACES);
        int holderAge = 22 + random.nextInt(49);
        String holderGender = random.nextBoolean() ? "M" : "F";
        ObjectNode ph = person(applied, holderAge, holderGender);
        ph.put("mobile", mobile()); // without one TRU-PHONE-007 warns
        if (random.nextInt(10) < 4) {
            ph.put("landline", home.areaCode() + "-" + (2 + random.nextInt(8)) + digits(7));
        }
        ph.putObject("address").put("province", home.province()).put("city", home.city())
                .put("district", home.district()).put("detail", home.street() + own(index, unit()));
        r.set("policyholder", ph);

        ObjectNode ins;
        int rel = random.nextInt(100);
        if (rel < 35) {
            ins = ph.deepCopy();
            ins.remove(List.of("mobile", "landline", "address"));
            ins.put("relationshipToPolicyholder", "SELF");
        } else if (rel < 60 || holderAge < 24) {
            int spouseAge = Math.max(22, Math.min(75, holderAge - 4 + random.nextInt(9)));
            ins = person(applied, spouseAge, "M".equals(holderGender) ? "F" : "M");
            ins.put("relationshipToPolicyholder", "SPOUSE");
        } else if (rel < 90) {
            int childAge = holderAge - 22 - random.nextInt(Math.min(17, holderAge - 22) + 1);
            ins = person(applied, Math.max(0, childAge), random.nextBoolean() ? "M" : "F");
            ins.put("relationshipToPolicyholder", "CHILD");
        } else {
            ins = person(applied, Math.min(95, holderAge + 22 + random.nextInt(14)), random.nextBoolean() ? "M" : "F");
            ins.put("relationshipToPolicyholder", "PARENT");
        }
        r.set("insured", ins);

        int count = new int[]{0, 0, 0, 1, 1, 1, 1, 2, 2, 3}[random.nextInt(10)];
        r.put("beneficiaryDesignation", count == 0 ? "STATUTORY" : "DESIGNATED");
        ArrayNode bens = r.putArray("beneficiaries");
        int[][] shares = {{100}, {50, 50}, {40, 30, 30}};
        boolean twoOrders = count == 2 && random.nextInt(4) == 0;
        for (int i = 0; i < count; i++) {
            ObjectNode b = person(applied, 1 + random.nextInt(75), random.nextBoolean() ? "M" : "F");
            b.put("relationshipToInsured", pick(new String[]{"CHILD", "SPOUSE", "PARENT", "SIBLING"}));
            b.put("order", twoOrders ? i + 1 : 1);
            if (twoOrders) {
                b.put("sharePercent", 100);
            } else if (count > 1 || random.nextBoolean()) {
                b.put("sharePercent", shares[count - 1][i]);
            }
            bens.add(b);
        }

        ObjectNode sales = r.putObject("salesperson").put("agentCode", "A" + digits(6))
                .put("name", name(random.nextBoolean() ? "M" : "F")).put("mobile", mobile());
        if (channel.equals("BANCASSURANCE") || channel.equals("BROKER") || channel.equals("AGENCY_COMPANY")) {
            sales.putObject("outlet").put("code", "O" + digits(5)).put("name", home.city() + pick(new String[]{
                    "工商银行", "建设银行", "招商银行", "平安保险经纪", "明亚保险经纪"}) + home.district() + "网点");
        }
        boolean recordingDue = channel.equals("TELESALES") || channel.equals("INTERNET")
                || channel.equals("BANCASSURANCE") || holderAge >= 60
                || product.get("investmentLinked").asBoolean();
        if (recordingDue || random.nextInt(10) < 7) {
            r.putObject("salesRecording").put("completed", true);
        } else if (random.nextBoolean()) {
            r.putObject("salesRecording").put("completed", false);
        }
        return r;
    }

    /** A person of the given completed age on {@code applied}, with a consistent resident ID. */
    ObjectNode person(LocalDate applied, int age, String gender) {
        LocalDate birth = applied.minusYears(age).minusDays(1 + random.nextInt(360));
        String code = pick(PLACES).code();
        String type = age < 16 && random.nextBoolean() ? "HOUSEHOLD_REGISTER" : "RESIDENT_ID";
        ObjectNode p = TestRecords.person(random.nextInt(50) == 0 ? pick(MINORITY) : name(gender), gender,
                birth.toString(), idNumber(code, birth, gender));
        p.put("idType", type);
        p.put("idValidUntil", age >= 46 ? "LONG_TERM"
                : applied.plusDays(200 + random.nextInt(3000)).toString());
        return p;
    }

    String idNumber(String code, LocalDate birth, String gender) {
        int seq = random.nextInt(100) * 10 + ("M".equals(gender) ? 1 + 2 * random.nextInt(5) : 2 * random.nextInt(5));
        return TestRecords.id(code + birth.format(YMD) + String.format("%03d", seq));
    }

    String name(String gender) {
        return pick(SURNAMES) + pick(GIVEN) + (random.nextInt(3) == 0 ? pick(GIVEN).substring(0, 1) : "");
    }

    String mobile() {
        String m;
        do {
            m = pick(SEGMENTS) + digits(8);
        } while (m.substring(3).chars().distinct().count() < 3);
        return m;
    }

    String unit() {
        return String.format(pick(UNITS), 1 + random.nextInt(300), 1 + random.nextInt(30), 101 + random.nextInt(2000));
    }

    /**
     * The drawn unit, or the record's own (its index spelled in the format of {@link #unit()}'s second kind); drawn
     * either way, so both mixes take the same random numbers.
     */
    private String own(int index, String drawn) {
        return ownAddresses
                ? String.format("%d号%d幢%d室", 1 + index / 30_000, 1 + index / 1_000 % 30, 101 + index % 1_000)
                : drawn;
    }

    String digits(int n) {
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append((char) ('0' + random.nextInt(10)));
        }
        return s.toString();
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    // ---- defect recipes, one or more per rule ---------------------------------------------------------------------

    static final List<Defect> DEFECTS = List.of(
            d("TRU-NAME-001", (r, x) -> obj(r, "policyholder").put("name", "  ")),
            b("TRU-NAME-001/beneficiary", (r, x) -> ben(r).putNull("name")),
            d("TRU-NAME-002", (r, x) -> obj(r, "insured").put("name", "李女士")),
            b("TRU-NAME-002/beneficiary", (r, x) -> ben(r).put("name", "张宝宝")),
            d("TRU-NAME-003", (r, x) -> obj(r, "policyholder").put("name", "张San")),
            d("TRU-GEN-001", (r, x) -> obj(r, "insured").put("gender", "U")),
            d("TRU-BIRTH-001", (r, x) -> obj(r, "policyholder").put("birthDate", "1980-02-30")),
            b("TRU-BIRTH-002", (r, x) -> ben(r).put("birthDate", applied(r).plusDays(60).toString())),
            d("TRU-IDT-001", (r, x) -> obj(r, "insured").putNull("idType")),
            d("TRU-IDT-002", (r, x) -> obj(r, "insured").put("idType", "DRIVER_LICENSE")),
            d("TRU-IDT-003", (r, x) -> obj(r, "insured").put("idType", "PASSPORT")),
            b("TRU-IDT-004", (r, x) -> ben(r).put("idType", "BIRTH_CERTIFICATE").put("idNumber", "A123456789")),
            d("TRU-IDT-005", (r, x) -> obj(r, "insured").put("idType", "OTHER").put("idNumber", "X1234567")),
            d("TRU-ID-001", (r, x) -> obj(r, "policyholder").putNull("idNumber")),
            d("TRU-ID-002", (r, x) -> obj(r, "policyholder").put("idNumber", id(r).substring(0, 14))),
            d("TRU-ID-003", (r, x) -> obj(r, "policyholder").put("idNumber", id(r).substring(0, 17)
                    + (id(r).charAt(17) == '1' ? '2' : '1'))),
            d("TRU-ID-004", (r, x) -> obj(r, "policyholder").put("idNumber",
                    TestRecords.id(id(r).substring(0, 6) + "19800230" + id(r).substring(14, 17)))),
            d("TRU-ID-005", (r, x) -> obj(r, "policyholder").put("idNumber",
                    TestRecords.id("70" + id(r).substring(2, 17)))),
            d("TRU-ID-006", (r, x) -> obj(r, "policyholder").put("idNumber",
                    TestRecords.id("330199" + id(r).substring(6, 17)))),
            d("TRU-ID-007", (r, x) -> obj(r, "policyholder").put("idNumber", fifteen(id(r)))),
            d("TRU-ID-008", (r, x) -> {
                obj(r, "policyholder").put("idNumber", fifteen(id(r)));
                r.put("applicationDate", "2012-06-01").put("effectiveDate", "2012-06-02");
            }),
            d("TRU-IDV-001", (r, x) -> obj(r, "insured").put("idValidUntil", "2020-01-01")),
            d("TRU-CONS-001", (r, x) -> obj(r, "policyholder").put("birthDate",
                    birthOf(obj(r, "policyholder")).plusDays(1).toString())),
            d("TRU-CONS-002", (r, x) -> obj(r, "policyholder").put("gender",
                    "M".equals(obj(r, "policyholder").get("gender").asText()) ? "F" : "M")),
            b("TRU-AGE-001", (r, x) -> ben(r).put("birthDate", "1900-01-01")),
            d("TRU-AGE-002", (r, x) -> obj(r, "policyholder").put("birthDate", applied(r).minusYears(10).toString())),
            d("TRU-AGE-003", (r, x) -> obj(r, "policyholder").put("birthDate",
                    applied(r).minusYears(17).minusDays(30).toString())),
            d("TRU-PHONE-001", (r, x) -> obj(r, "policyholder").putNull("mobile").putNull("landline")),
            d("TRU-PHONE-002", (r, x) -> obj(r, "policyholder").put("mobile", "1395711234")),
            d("TRU-PHONE-003", (r, x) -> obj(r, "policyholder").put("mobile", "15412345679")),
            d("TRU-PHONE-004", (r, x) -> obj(r, "policyholder").put("landline", "5718823456")),
            d("TRU-PHONE-005", (r, x) -> obj(r, "policyholder").put("landline", "0571-882345")),
            d("TRU-PHONE-006", (r, x) -> obj(r, "policyholder").put("landline", "0300-8823456")),
            d("TRU-PHONE-007", (r, x) -> obj(r, "policyholder").putNull("mobile").put("landline", "0571-88234567")),
            d("TRU-PHONE-008", (r, x) -> obj(r, "policyholder").put("mobile", "13800000000")),
            d("TRU-PHONE-009", (r, x) -> obj(r, "policyholder").put("mobile", "95588")),
            d("TRU-ADDR-001", (r, x) -> obj(r, "policyholder").putNull("address")),
            d("TRU-ADDR-002", (r, x) -> address(r).put("province", "火星省")),
            d("TRU-ADDR-003", (r, x) -> address(r).putNull("city")),
            d("TRU-ADDR-004", (r, x) -> address(r).put("district", "")),
            d("TRU-ADDR-005", (r, x) -> address(r).put("detail", "文三路")),
            d("TRU-ADDR-006", (r, x) -> address(r).put("district", "南山区")),
            d("TRU-ADDR-008", (r, x) -> address(r).put("detail", "不详")),
            d("TRU-REL-001", (r, x) -> obj(r, "insured").putNull("relationshipToPolicyholder")),
            d("TRU-REL-002", (r, x) -> obj(r, "insured").put("relationshipToPolicyholder", "COUSIN")),
            d("TRU-REL-003", (r, x) -> {
                if (!sameId(r)) {
                    obj(r, "insured").put("relationshipToPolicyholder", "SELF");
                } else {
                    obj(r, "insured").put("relationshipToPolicyholder", "SPOUSE");
                }
            }),
            d("TRU-REL-004", (r, x) -> replaceInsured(r, x, "CHILD",
                    ageOf(r, "policyholder") - 10, obj(r, "policyholder").get("gender").asText())),
            d("TRU-REL-005", (r, x) -> replaceInsured(r, x, "SPOUSE", 19,
                    "M".equals(obj(r, "policyholder").get("gender").asText()) ? "F" : "M")),
            d("TRU-REL-006", (r, x) -> obj(r, "insured").put("relationshipToPolicyholder", "OTHER")),
            d("TRU-REL-007", (r, x) -> {
                replaceInsured(r, x, "GRANDCHILD", 3, "F");
                obj(r, "product").put("hasDeathBenefit", true);
            }),
            d("TRU-BEN-001", (r, x) -> {
                r.putArray("beneficiaries");
                r.put("beneficiaryDesignation", "DESIGNATED");
            }),
            b("TRU-BEN-002", (r, x) -> ben(r).put("sharePercent", 90)),
            b("TRU-BEN-003", (r, x) -> ben(r).put("idNumber", obj(r, "insured").path("idNumber").asText(null))),
            d("TRU-SALES-001", (r, x) -> obj(r, "salesperson").putNull("agentCode")),
            d("TRU-SALES-001/name", (r, x) -> obj(r, "salesperson").put("name", "无")),
            d("TRU-SALES-002", (r, x) -> {
                r.put("channel", "BROKER");
                obj(r, "salesperson").remove("outlet");
            }),
            d("GATE-REC-001", (r, x) -> {
                r.put("channel", "TELESALES");
                r.putObject("salesRecording").put("completed", false);
            }),
            d("TRU-SCOPE-001", (r, x) -> r.putObject("coverageTerm").put("unit", "MONTH").put("value", 6)),
            d("TRU-SCOPE-002", (r, x) -> r.putNull("businessType")),
            d("TRU-SCOPE-002/term", (r, x) -> r.remove("coverageTerm")));

    private static Defect d(String name, BiConsumer<ObjectNode, Random> apply) {
        return new Defect(name, false, apply);
    }

    private static Defect b(String name, BiConsumer<ObjectNode, Random> apply) {
        return new Defect(name, true, apply);
    }

    private static ObjectNode obj(ObjectNode r, String field) {
        JsonNode n = r.get(field);
        if (n instanceof ObjectNode o) {
            return o;
        }
        return r.putObject(field); // an earlier defect nulled it
    }

    private static ObjectNode ben(ObjectNode r) {
        return (ObjectNode) r.get("beneficiaries").get(0);
    }

    private static ObjectNode address(ObjectNode r) {
        return obj(obj(r, "policyholder"), "address");
    }

    private static LocalDate applied(ObjectNode r) {
        return LocalDate.parse(r.get("applicationDate").asText());
    }

    /** The policyholder's ID number, or a valid one when an earlier defect removed or shortened it. */
    private static String id(ObjectNode r) {
        String id = obj(r, "policyholder").path("idNumber").asText("");
        return id.length() == 18 ? id : TestRecords.id("33010619800512001");
    }

    private static String fifteen(String eighteen) {
        return eighteen.substring(0, 6) + eighteen.substring(8, 17);
    }

    private static boolean sameId(ObjectNode r) {
        return obj(r, "policyholder").path("idNumber").asText("").equals(obj(r, "insured").path("idNumber").asText());
    }

    /** The birth date, or a fixed one when an earlier defect made it unreadable. */
    private static LocalDate birthOf(ObjectNode person) {
        try {
            return LocalDate.parse(person.path("birthDate").asText());
        } catch (RuntimeException e) {
            return LocalDate.of(1980, 5, 12);
        }
    }

    private static int ageOf(ObjectNode r, String role) {
        try {
            LocalDate birth = LocalDate.parse(obj(r, role).path("birthDate").asText());
            return java.time.Period.between(birth, applied(r)).getYears();
        } catch (RuntimeException e) {
            return 40;
        }
    }

    /** A fresh, self-consistent insured of the given age and relationship (the defect is the relationship). */
    private static void replaceInsured(ObjectNode r, Random x, String relationship, int age, String gender) {
        LocalDate applied = applied(r);
        LocalDate birth = applied.minusYears(Math.max(0, age)).minusDays(1 + x.nextInt(300));
        String id = TestRecords.id("330106" + birth.format(YMD) + ("M".equals(gender) ? "013" : "024"));
        ObjectNode ins = TestRecords.person("陈" + (age < 18 ? "小雨" : "思远"), gender, birth.toString(), id);
        ins.put("relationshipToPolicyholder", relationship);
        r.set("insured", ins);
        char check = IdNumbers.checkDigit(id.substring(0, 17));
        assert check == id.charAt(17);
    }
}
