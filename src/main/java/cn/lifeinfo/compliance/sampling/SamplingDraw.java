package cn.lifeinfo.compliance.sampling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * Draws one branch's sample. Every candidate the {@code mustTake} predicate names (a grey-listed seller's policy) is
 * taken; the rest of the quota is drawn at random. The candidates are first put in the order of their keyed hashes
 * and shuffled with a generator seeded from the run, so the same population and run give the same sample — an
 * auditor can redraw it — while nobody can tell in advance which policies a run will take.
 */
final class SamplingDraw {

    record Drawn(Candidate candidate, String reason) {
    }

    private SamplingDraw() {
    }

    static long seedOf(String runId) {
        long h = 1125899906842597L;
        for (int i = 0; i < runId.length(); i++) {
            h = 31 * h + runId.charAt(i);
        }
        return h;
    }

    static List<Drawn> draw(List<Candidate> candidates, int quota, Predicate<Candidate> mustTake, long seed) {
        List<Candidate> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparing(Candidate::policyHash));
        List<Drawn> out = new ArrayList<>();
        List<Candidate> rest = new ArrayList<>();
        for (Candidate c : ordered) {
            if (mustTake.test(c)) {
                out.add(new Drawn(c, SamplingItem.GREY_LIST));
            } else {
                rest.add(c);
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        int take = Math.min(rest.size(), Math.max(0, quota - out.size()));
        // partial Fisher–Yates: the first `take` places receive a uniform random choice of the rest
        for (int i = 0; i < take; i++) {
            int j = i + random.nextInt(rest.size() - i);
            Candidate swap = rest.get(i);
            rest.set(i, rest.get(j));
            rest.set(j, swap);
            out.add(new Drawn(rest.get(i), SamplingItem.RATE));
        }
        return out;
    }
}
