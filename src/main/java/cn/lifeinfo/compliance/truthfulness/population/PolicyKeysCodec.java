package cn.lifeinfo.compliance.truthfulness.population;

import cn.lifeinfo.compliance.common.ByteOut;
import cn.lifeinfo.compliance.common.HashHex;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Policy keys as bytes: a screened chunk's keys between INDEX and STORE (screening_chunk.book_keys), and a stored
 * policy's persons (population_policy.persons). Keyed hashes only, never a record's content. A hash (64 lowercase
 * hex digits) is written as its 32 bytes, other text as length-prefixed UTF-8: about 450 bytes a policy, about 100 a
 * person. Encoded on every INDEX and stored decision, decoded on every EVALUATE, so it is written without per-byte
 * locking or a hex parser's checks.
 */
public final class PolicyKeysCodec {

    private static final byte FORMAT = 1;
    private static final byte NULL = 0;
    private static final byte UTF = 1;
    private static final byte HASH = 2;

    private PolicyKeysCodec() {
    }

    public static byte[] encode(List<PolicyKeys> keys) {
        int size = 5;
        for (PolicyKeys k : keys) {
            size += size(k.policyHash()) + size(k.agentCode()) + size(k.channel()) + 1 + size(k.phIdKey())
                    + size(k.addressKey()) + size(k.mobileKey()) + size(k.landlineKey()) + size(k.persons());
        }
        Out out = new Out(size);
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
            out.persons(k.persons());
        }
        return out.bytes();
    }

    /**
     * The bytes {@code s} is written as, taking a 64-character string for a hash (33 bytes; if it is not one, the
     * array grows). A chunk's megabyte of keys is so written into one array of its exact size, returned as is: a
     * growth and the final trimming copy each allocated another megabyte array, which G1 allocates as a humongous
     * object and counts towards starting a marking cycle.
     */
    private static int size(String s) {
        if (s == null) {
            return 1;
        }
        if (s.length() == HashHex.DIGITS) {
            return 1 + HashHex.DIGITS / 2;
        }
        int utf = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            utf += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3; // a surrogate pair is 4 bytes
        }
        return 5 + utf;
    }

    private static int size(List<PolicyKeys.PersonKeys> persons) {
        int size = 4;
        for (PolicyKeys.PersonKeys p : persons) {
            size += size(p.role()) + size(p.idKey()) + size(p.nameKey()) + size(p.birthKey()) + 1;
        }
        return size;
    }

    public static List<PolicyKeys> decode(byte[] blob) {
        ByteBuffer in = start(blob);
        try {
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
                keys.add(new PolicyKeys(policy, agent, channel, inScope, phId, address, mobile, landline,
                        persons(in)));
            }
            if (in.hasRemaining()) {
                throw new IllegalStateException("Policy keys longer than their policies");
            }
            return keys;
        } catch (BufferUnderflowException e) {
            throw new IllegalStateException("Truncated policy keys", e);
        }
    }

    /** A policy's persons alone, as population_policy.persons holds them. */
    public static byte[] encodePersons(List<PolicyKeys.PersonKeys> persons) {
        Out out = new Out(1 + size(persons));
        out.put(FORMAT);
        out.persons(persons);
        return out.bytes();
    }

    public static List<PolicyKeys.PersonKeys> decodePersons(byte[] blob) {
        try {
            return persons(start(blob));
        } catch (BufferUnderflowException e) {
            throw new IllegalStateException("Truncated persons", e);
        }
    }

    private static ByteBuffer start(byte[] blob) {
        ByteBuffer in = ByteBuffer.wrap(blob);
        byte format = in.get();
        if (format != FORMAT) {
            throw new IllegalStateException("Unknown policy key format " + format);
        }
        return in;
    }

    private static List<PolicyKeys.PersonKeys> persons(ByteBuffer in) {
        int n = in.getInt();
        List<PolicyKeys.PersonKeys> people = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            people.add(new PolicyKeys.PersonKeys(text(in), text(in), text(in), text(in), in.get() != 0));
        }
        return List.copyOf(people);
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

    /** Hashes as their 32 bytes, other text length-prefixed. */
    private static final class Out extends ByteOut {

        Out(int capacity) {
            super(capacity);
        }

        void persons(List<PolicyKeys.PersonKeys> persons) {
            putInt(persons.size());
            for (PolicyKeys.PersonKeys p : persons) {
                text(p.role());
                text(p.idKey());
                text(p.nameKey());
                text(p.birthKey());
                put((byte) (p.familyLink() ? 1 : 0));
            }
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
