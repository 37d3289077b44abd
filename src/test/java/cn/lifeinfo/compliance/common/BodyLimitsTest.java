package cn.lifeinfo.compliance.common;

import io.quarkus.runtime.configuration.MemorySize;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BodyLimitsTest {

    static final BodyLimits LIMITS = new BodyLimits(1_048_576, new MemorySize(BigInteger.valueOf(64L << 20)),
            4_294_967_296L, new MemorySize(BigInteger.valueOf(2L << 20)));

    @Test
    void eachRouteHasItsLimit() {
        assertEquals(1_048_576, LIMITS.forPath("/api/v1/decisions/truthfulness"));
        assertEquals(1_048_576, LIMITS.forPath("/api/v1/decisions/access"));
        assertEquals(1_048_576, LIMITS.forPath("/api/v1/decisions/commission"));
        assertEquals(1_048_576, LIMITS.forPath("/api/v1/agents/A1"));
        assertEquals(1_048_576, LIMITS.forPath("/api/v1/agents/A1/violations"));
        assertEquals(64L << 20, LIMITS.forPath("/api/v1/decisions/truthfulness/batch"));
        assertEquals(64L << 20, LIMITS.forPath("/api/v1/agents/import"));
        assertEquals(64L << 20, LIMITS.forPath("/api/v1/rulesets/truthfulness/versions/3/impact"));
        assertEquals(4_294_967_296L, LIMITS.forPath("/api/v1/screenings"));
        assertEquals((2L << 20) + 65536, LIMITS.forPath("/api/v1/rulesets/truthfulness"));
    }

    @Test
    void theCountedStreamRefusesTheByteAfterTheLimit() throws Exception {
        try (InputStream in = new CountingBodyInterceptor.Counted(new ByteArrayInputStream(new byte[100]), 100)) {
            assertEquals(100, in.readAllBytes().length);
        }
        InputStream over = new CountingBodyInterceptor.Counted(new ByteArrayInputStream(new byte[101]), 100);
        BodyTooLargeException e = assertThrows(BodyTooLargeException.class, over::readAllBytes);
        assertEquals(100, e.limit());
    }
}
