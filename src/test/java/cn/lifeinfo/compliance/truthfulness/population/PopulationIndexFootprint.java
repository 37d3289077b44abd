package cn.lifeinfo.compliance.truthfulness.population;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * Heap held by the in-memory population per policy (not a test): policies shaped like a book's (a policyholder, an
 * insured, one or two beneficiaries, 64-hex keys, some phones and addresses shared), measured after full GCs.
 * {@code ./mvnw -B -Pbench test-compile exec:exec -Dbench.main=cn.lifeinfo.compliance.truthfulness.population.PopulationIndexFootprint -Dbench.args=500000}
 */
public final class PopulationIndexFootprint {

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        Random random = new Random(7);
        long before = used();
        PopulationIndex index = new PopulationIndex();
        List<PolicyKeys> batch = new ArrayList<>(1000);
        for (int i = 0; i < n; i++) {
            List<PolicyKeys.PersonKeys> persons = new ArrayList<>();
            String ph = key(random);
            persons.add(new PolicyKeys.PersonKeys("policyholder", ph, key(random), key(random), false));
            persons.add(new PolicyKeys.PersonKeys("insured", key(random), key(random), key(random), true));
            for (int b = 0; b < 1 + random.nextInt(2); b++) {
                persons.add(new PolicyKeys.PersonKeys("beneficiary[" + b + "]", key(random), key(random), key(random),
                        true));
            }
            String mobile = random.nextInt(10) == 0 ? "shared-mobile-" + random.nextInt(1000) : key(random);
            batch.add(new PolicyKeys(key(random), "A" + random.nextInt(5000), "AGENCY", true, ph, key(random), mobile,
                    random.nextInt(3) == 0 ? key(random) : null, List.copyOf(persons)));
            if (batch.size() == 1000) {
                index.apply(batch);
                batch.clear();
            }
        }
        index.apply(batch);
        long after = used();
        System.out.printf("BENCH %,d policies: heap +%,d MB, %,d bytes per policy%n", index.size(),
                (after - before) >> 20, (after - before) / n);
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
