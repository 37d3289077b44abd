package cn.lifeinfo.compliance.truthfulness;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ImpactPreviewSamplingTest {

    @Test
    void keepsAtMostTheConfiguredInputsPerSecond() {
        ImpactPreview preview = new ImpactPreview(null, null, null, null, 2000, 3);
        int kept = 0;
        long second = System.currentTimeMillis() / 1000;
        for (int i = 0; i < 10; i++) {
            kept += preview.sampleNow() ? 1 : 0;
        }
        if (System.currentTimeMillis() / 1000 == second) { // the ten calls fell into one second
            assertEquals(3, kept);
        }
    }
}
