package cn.lifeinfo.compliance.common;

import java.security.SecureRandom;

/** Decision ids: ULIDs, so that ids sort by time in the audit table and in logs. */
public final class Ulid {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ulid() {
    }

    public static String next() {
        return of(System.currentTimeMillis(), RANDOM.nextLong(), RANDOM.nextInt());
    }

    static String of(long millis, long random64, int random16) {
        char[] out = new char[26];
        long time = millis;
        for (int i = 9; i >= 0; i--) {
            out[i] = ALPHABET[(int) (time & 31)];
            time >>>= 5;
        }
        long r = random64;
        for (int i = 25; i >= 13; i--) {
            out[i] = ALPHABET[(int) (r & 31)];
            r >>>= 5;
        }
        int s = random16;
        for (int i = 12; i >= 10; i--) {
            out[i] = ALPHABET[s & 31];
            s >>>= 5;
        }
        return new String(out);
    }
}
