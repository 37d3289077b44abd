package cn.lifeinfo.compliance.screening;

import cn.lifeinfo.compliance.common.HashHex;
import cn.lifeinfo.compliance.truthfulness.population.PolicyKeys;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A chunk's policy keys as stored between INDEX and STORE (screening_chunk.book_keys): keyed hashes only, as in the
 * population tables, never a record's content. A hash (64 lowercase hex digits) is written as its 32 bytes, other
 * text as length-prefixed UTF-8: about 450 bytes a policy. Encoded on every INDEX and decoded on every EVALUATE, so
 * it is written without per-byte locking or a hex parser's checks.
 */
final class BookKeys {

    private static final byte FORMAT = 1;
    private static final byte NULL = 0;
    private static final byte UTF = 1;
    private static final byte HASH = 2;

    private BookKeys() {
    }

    static byte[] encode(List<PolicyKeys> keys) {
        Out out = new Out(keys.size() * 480 + 8);
        out.put(FORMAT);
        out.putInt(keys.size());
        for (PolicyKeys k : keys) {
            out.text(k.policyHash());
            out.text(k.agentCode());
            out.text(k.channel());
            out.put((byte) (k.inScope() ? 1 : 0));
            out.text(k.phIdKey());
            out.text(k.addressKey());
            out.text(k.mobileKey());
            out.text(k.landlineKey());
            out.putInt(k.persons().size());
            for (PolicyKeys.PersonKeys p : k.persons()) {
                out.text(p.role());
                out.text(p.idKey());
                out.text(p.nameKey());
                out.text(p.birthKey());
                out.put((byte) (p.familyLink() ? 1 : 0));
            }
        }
        return out.bytes();
    }

    static List<PolicyKeys> decode(byte[] blob) {
        ByteBuffer in = ByteBuffer.wrap(blob);
        try {
            byte format = in.get();
            if (format != FORMAT) {
                throw new IllegalStateException("Unknown book key format " + format);
            }
            int n = in.getInt();
            List<PolicyKeys> keys = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String policy = text(in);
                String agent = text(in);
                String channel = text(in);
                boolean inScope = in.get() != 0;
                String phId = text(in);
                String address = text(in);
                String mobile = text(in);
                String landline = text(in);
                int persons = in.getInt();
                List<PolicyKeys.PersonKeys> people = new ArrayList<>(persons);
                for (int j = 0; j < persons; j++) {
                    people.add(new PolicyKeys.PersonKeys(text(in), text(in), text(in), text(in), in.get() != 0));
                }
                keys.add(new PolicyKeys(policy, agent, channel, inScope, phId, address, mobile, landline,
                        List.copyOf(people)));
            }
            return keys;
        } catch (BufferUnderflowException e) {
            throw new IllegalStateException("Truncated book keys", e);
        }
    }

    private static String text(ByteBuffer in) {
        byte tag = in.get();
        if (tag == HASH) {
            return HashHex.of(new long[]{in.getLong(), in.getLong(), in.getLong(), in.getLong()}, 0);
        }
        if (tag == UTF) {
            byte[] utf = new byte[in.getInt()];
            in.get(utf);
            return new String(utf, StandardCharsets.UTF_8);
        }
        return null;
    }

    /** Book keys: hashes as their 32 bytes, other text length-prefixed. */
    private static final class Out extends ByteOut {

        Out(int capacity) {
            super(capacity);
        }

        void text(String s) {
            if (s == null) {
                put(NULL);
            } else if (!hash(s)) {
                put(UTF);
                putUtf8(s);
            }
        }

        /** Writes a 64-digit lowercase hex hash as its bytes; false (nothing written) when s is no such hash. */
        private boolean hash(String s) {
            long[] w = HashHex.words(s);
            if (w == null) {
                return false;
            }
            put(HASH);
            for (long word : w) {
                putLong(word);
            }
            return true;
        }
    }
}
