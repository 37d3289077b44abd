package cn.lifeinfo.compliance.audit;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class InputCipherTest {

    private final InputCipher cipher = new InputCipher("a test secret of some length");

    @Test
    void theSameTextSealsDifferentlyEveryTimeAndOpensAgain() {
        byte[] plain = "PLC2026000001".getBytes(StandardCharsets.UTF_8);
        byte[] a = cipher.encrypt(plain);
        byte[] b = cipher.encrypt(plain);
        assertFalse(java.util.Arrays.equals(a, b), "a fresh IV per message");
        assertArrayEquals(plain, cipher.decrypt(a));
        assertArrayEquals(plain, cipher.decrypt(b));
    }

    @Test
    void aTamperedOrForeignMessageIsRefused() {
        byte[] sealed = cipher.encrypt("PLC2026000002".getBytes(StandardCharsets.UTF_8));
        sealed[sealed.length - 1] ^= 1;
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(sealed));
        byte[] other = new InputCipher("another secret").encrypt("x".getBytes(StandardCharsets.UTF_8));
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(other));
        // the thread's cipher is usable again after a failure
        assertArrayEquals("y".getBytes(StandardCharsets.UTF_8), cipher.decrypt(cipher.encrypt("y".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void threadsSealingAtOnceEachGetTheirOwnTextBack() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = IntStream.range(0, 2000).mapToObj(i -> pool.submit(() -> {
                byte[] plain = ("PLC" + i).getBytes(StandardCharsets.UTF_8);
                return java.util.Arrays.equals(plain, cipher.decrypt(cipher.encrypt(plain)));
            })).toList();
            for (Future<Boolean> r : results) {
                assertFalse(!r.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
