package cn.lifeinfo.compliance.truthfulness.population;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * Heap held by the in-memory population per policy (not a test): policies shaped like a book's (a policyholder, an
 * insured, one or two beneficiaries, 64-hex keys, a tenth of the phones shared, birth dates from a century of days,
 * about 3.5 persons per distinct name), measured after full GCs.
 * {@code ./mvnw -B -Pbench test-compile exec:exec -Dbench.main=cn.lifeinfo.compliance.truthfulness.population.PopulationIndexFootprint -Dbench.args=2000000 -Dbench.jvmArgs=-Xmx4g}
 * (the target: at most 700 bytes per policy at 200,000 and at 2,000,000 policies)
 */
public final class PopulationIndexFootprint {

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        Random random = new Random(7);
        String[] shared = new String[1000]; // a tenth of the policies share one of a thousand phones
        for (int i = 0; i < shared.length; i++) {
            shared[i] = key(random);
        }
        long before = used();
        PopulationIndex index = new PopulationIndex();
        List<PolicyKeys> batch = new ArrayList<>(1000);
        long applying = 0; // the index's own time, not the generator's
        for (int i = 0; i < n; i++) {
            List<PolicyKeys.PersonKeys> persons = new ArrayList<>();
            String ph = key(random);
            persons.add(new PolicyKeys.PersonKeys("policyholder", ph, name(random, n), birth(random), false));
            persons.add(new PolicyKeys.PersonKeys("insured", key(random), name(random, n), birth(random), true));
            for (int b = 0; b < 1 + random.nextInt(2); b++) {
                persons.add(new PolicyKeys.PersonKeys("beneficiary[" + b + "]", key(random), name(random, n),
                        birth(random), true));
            }
            String mobile = random.nextInt(10) == 0 ? shared[random.nextInt(shared.length)] : key(random);
            batch.add(new PolicyKeys(key(random), "A" + random.nextInt(5000), "AGENCY", true, ph, key(random), mobile,
                    random.nextInt(3) == 0 ? key(random) : null, List.copyOf(persons)));
            if (batch.size() == 1000) {
                long t0 = System.nanoTime();
                index.apply(batch);
                applying += System.nanoTime() - t0;
                batch.clear();
            }
        }
        long t0 = System.nanoTime();
        index.apply(batch);
        applying += System.nanoTime() - t0;
        long after = used();
        System.out.printf("BENCH %,d policies: heap +%,d MB, %,d bytes per policy; added in %.2f s%n", index.size(),
                (after - before) >> 20, (after - before) / n, applying / 1e9);
    }

    /**
     * A birth date's key: people are born on one of ~36,500 days of a century, so a book holds at most that many
     * distinct birth keys.
     */
    private static String birth(Random random) {
        return keyOf("birth:" + random.nextInt(36_500));
    }

    /** A name's key: as many distinct names as policies, so ~3.5 persons per name (surnames and given names repeat). */
    private static String name(Random random, int policies) {
        return keyOf("name:" + random.nextInt(policies));
    }

    private static String keyOf(String value) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String key(Random random) {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    private static long used() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
