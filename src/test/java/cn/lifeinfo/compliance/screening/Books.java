package cn.lifeinfo.compliance.screening;

import cn.lifeinfo.compliance.vocabulary.parse.IdNumbers;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Seeded books of clean, mutually unrelated records (every ID number, phone and address unique across the test run
 * and distinct from the truthfulness tests' records), with known defects sprinkled in by line:
 * i%10==3 no phone (TRU-PHONE-001), i%25==7 wrong ID check digit (TRU-ID-003), records 100..102 share one mobile
 * (TRU-XREC-002), i%50==11 an unregistered agent (SCR-AGENT-001).
 */
public final class Books {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger NEXT_BASE = new AtomicInteger(1);
    private static final LocalDate PH_BIRTH = LocalDate.of(1965, 1, 1);
    private static final LocalDate CHILD_BIRTH = LocalDate.of(1995, 1, 1);
    /** ID numbers repeat after this many records (9,000 birth dates × 500 sequence blocks); phones and addresses don't. */
    static final int ID_PERIOD = 9000 * 500;

    final int base;
    final String prefix;
    final List<String> agents;
    final String unknownAgent;

    private Books(int base, String prefix) {
        this.base = base;
        this.prefix = prefix;
        this.agents = List.of("SA" + prefix + "-1", "SA" + prefix + "-2", "SA" + prefix + "-3");
        this.unknownAgent = "UNREG" + prefix;
    }

    /** A new book generator whose records share nothing with any other book of this run. */
    public static Books next() {
        int b = NEXT_BASE.getAndIncrement();
        return new Books(b * 200_000, "-" + b + "-" + Long.toString(System.nanoTime() % 100_000, 36));
    }

    /** For the benchmark: a book of one generator, large offsets, no defects but those listed above. */
    public static Books forBenchmark(int base) {
        return new Books(base, "-B" + base);
    }

    public ObjectNode record(int i) {
        return record(i, true);
    }

    public ObjectNode record(int i, boolean defects) {
        int g = base + i;
        ObjectNode r = JSON.createObjectNode();
        r.put("policyNo", "SCR" + prefix + "-" + i);
        r.put("businessType", "INDIVIDUAL");
        r.put("channel", i % 3 == 0 ? "TELESALES" : "AGENCY");
        r.put("branchCode", i % 2 == 0 ? "3301" : "3302");
        r.putObject("product").put("code", "WL01").put("name", "终身寿险").put("category", "LIFE")
                .put("hasDeathBenefit", true).put("investmentLinked", false);
        r.putObject("coverageTerm").put("unit", "YEAR").put("value", 20);
        r.put("applicationDate", "2024-03-01");
        r.put("effectiveDate", "2024-03-02");
        LocalDate phBirth = PH_BIRTH.plusDays(g % 9000);
        int block = (g / 9000) % (ID_PERIOD / 9000);
        ObjectNode ph = person("张" + han(g), "M", phBirth, "330108", block * 2 + 1);
        ph.put("mobile", mobile(g));
        ph.put("landline", landline(g));
        ph.putObject("address").put("province", "浙江省").put("city", "杭州市").put("district", "滨江区")
                .put("detail", "江南大道" + g + "号" + (g % 9 + 1) + "幢" + (g % 30 + 1) + "01室");
        r.set("policyholder", ph);
        ObjectNode ins = person("李" + han(g + 7), "F", phBirth.plusDays(700), "330108", block * 2);
        ins.put("relationshipToPolicyholder", "SPOUSE");
        r.set("insured", ins);
        r.put("beneficiaryDesignation", "DESIGNATED");
        ObjectNode ben = person("张" + han(g + 13), "M", CHILD_BIRTH.plusDays(g % 9000), "330108", block * 2 + 1);
        ben.put("relationshipToInsured", "CHILD").put("order", 1).put("sharePercent", 100);
        r.putArray("beneficiaries").add(ben);
        String agent = agents.get(i % agents.size());
        r.putObject("salesperson").put("agentCode", agent).put("name", "王芳")
                .put("mobile", agentMobile(i % agents.size()));
        r.putObject("salesRecording").put("completed", true);
        if (defects) {
            if (i % 10 == 3) {
                ph.putNull("mobile");
                ph.putNull("landline");
            }
            if (i % 25 == 7) {
                String id = ph.get("idNumber").asText();
                char last = id.charAt(17);
                ph.put("idNumber", id.substring(0, 17) + (last == 'X' ? '0' : last == '9' ? 'X' : (char) (last + 1)));
            }
            if (i >= 100 && i <= 102) {
                ph.put("mobile", mobile(base + 100));
            }
            if (i % 50 == 11) {
                ((ObjectNode) r.get("salesperson")).put("agentCode", unknownAgent);
            }
        }
        return r;
    }

    /** Expected findings per rule id for records 0..n-1. */
    static java.util.Map<String, Integer> expectedRules(int n) {
        java.util.Map<String, Integer> m = new java.util.TreeMap<>();
        for (int i = 0; i < n; i++) {
            if (i % 10 == 3) {
                m.merge("TRU-PHONE-001", 1, Integer::sum);
            }
            if (i % 25 == 7) {
                m.merge("TRU-ID-003", 1, Integer::sum);
            }
            if (i >= 100 && i <= 102 && i < n) {
                m.merge("TRU-XREC-002", 1, Integer::sum);
            }
            if (i % 50 == 11) {
                m.merge("SCR-AGENT-001", 1, Integer::sum);
            }
        }
        return m;
    }

    static int expectedDefective(int n) {
        int d = 0;
        for (int i = 0; i < n; i++) {
            if (i % 10 == 3 || i % 25 == 7 || (i >= 100 && i <= 102)) {
                d++;
            }
        }
        return d;
    }

    String agentMobile(int k) {
        return "136" + String.format("%08d", Math.floorMod((long) (base + k) * 7_919L + 3_456_789L, 100_000_000L));
    }

    static String mobile(int g) {
        String sub = String.format("%08d", Math.floorMod(g * 48_271L + 12_345_678L, 100_000_000L));
        return (placeholder(sub) ? "135" : "137") + sub;
    }

    static String landline(int g) {
        String local = "8" + String.format("%07d", Math.floorMod(g * 7_919L + 1_234_567L, 10_000_000L));
        return "0571-" + (placeholder(local) ? "2" + local.substring(1) : local);
    }

    private static boolean placeholder(String sub) {
        return sub.contains("0000000") || sub.chars().distinct().count() <= 2 || "1234567887654321".contains(sub.substring(1))
                || "2345678998765432".contains(sub.substring(1)) || "01234567".contains(sub.substring(1));
    }

    private static ObjectNode person(String name, String gender, LocalDate birth, String region, int seq) {
        String first17 = region + birth.toString().replace("-", "") + String.format("%03d", seq % 1000);
        ObjectNode p = JSON.createObjectNode();
        p.put("name", name).put("gender", gender).put("birthDate", birth.toString()).put("idType", "RESIDENT_ID")
                .put("idNumber", first17 + IdNumbers.checkDigit(first17)).put("idValidUntil", "LONG_TERM");
        return p;
    }

    private static String han(int n) {
        return new String(Character.toChars(0x4E00 + Math.floorMod(n, 5000)))
                + new String(Character.toChars(0x4E00 + Math.floorMod(n / 7, 5000)));
    }

    /** The book as JSON Lines (records 0..n-1). */
    String ndjson(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(record(i)).append('\n');
        }
        return sb.toString();
    }
}
