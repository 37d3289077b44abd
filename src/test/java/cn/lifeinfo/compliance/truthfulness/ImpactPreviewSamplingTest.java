package cn.lifeinfo.compliance.truthfulness;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ImpactPreviewSamplingTest {

    @Test
    void keepsAtMostTheConfiguredInputsPerSecond() throws InterruptedException {
        for (int attempt = 0; attempt < 5; attempt++) {
            // start just after a second boundary, so that the ten calls fall within one second
            Thread.sleep(1000 - System.currentTimeMillis() % 1000 + 5);
            long second = System.currentTimeMillis() / 1000;
            ImpactPreview preview = new ImpactPreview(null, null, null, null, 2000, 3);
            int kept = 0;
            for (int i = 0; i < 10; i++) {
                kept += preview.sampleNow() ? 1 : 0;
            }
            if (System.currentTimeMillis() / 1000 == second) {
                assertEquals(3, kept);
                return;
            }
        }
        throw new AssertionError("ten calls never fell within one second");
    }
}
