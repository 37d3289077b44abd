package cn.lifeinfo.compliance.ruleset;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * CI guard against leaks on reload: the short form of {@link RulesetReloadBenchmark} (30 activations through a
 * plain registry that closes replaced versions at once). Between activation 10 and 30 the loaded classes must grow
 * less than 5% and the heap less than 30 MB; a version that kept its class loader would add hundreds of classes.
 */
class RulesetReloadTest {

    @Test
    void thirtyActivationsKeepHeapAndClassesBounded() throws InterruptedException {
        RulesetReloadBenchmark.quiet();
        List<RulesetReloadBenchmark.Sample> samples = RulesetReloadBenchmark.run(30, 10, System.out);
        RulesetReloadBenchmark.Sample at10 = samples.get(0);
        RulesetReloadBenchmark.Sample at30 = samples.get(samples.size() - 1);
        double classGrowth = (at30.loadedClasses() - at10.loadedClasses()) / (double) at10.loadedClasses();
        double heapGrowthMb = (at30.heapBytes() - at10.heapBytes()) / 1048576.0;
        assertTrue(classGrowth < 0.05, "loaded classes " + at10.loadedClasses() + " -> " + at30.loadedClasses());
        assertTrue(heapGrowthMb < 30, "heap grew " + heapGrowthMb + " MB");
        assertTrue(at30.unloadedClasses() > at10.unloadedClasses(), "replaced versions' classes are unloaded");
    }
}
