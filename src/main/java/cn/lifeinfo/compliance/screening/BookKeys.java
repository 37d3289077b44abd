package cn.lifeinfo.compliance.screening;

import cn.lifeinfo.compliance.truthfulness.population.PolicyKeys;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A chunk's policy keys as stored between INDEX and STORE (screening_chunk.book_keys): keyed hashes only, as in the
 * population tables, never a record's content. A hash (64 lowercase hex digits) is written as its 32 bytes, other
 * text as modified UTF-8: about 450 bytes a policy.
 */
final class BookKeys {

    private static final int FORMAT = 1;

    private BookKeys() {
    }

    static byte[] encode(List<PolicyKeys> keys) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(keys.size() * 600);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            out.writeInt(keys.size());
            for (PolicyKeys k : keys) {
                text(out, k.policyHash());
                text(out, k.agentCode());
                text(out, k.channel());
                out.writeBoolean(k.inScope());
                text(out, k.phIdKey());
                text(out, k.addressKey());
                text(out, k.mobileKey());
                text(out, k.landlineKey());
                out.writeShort(k.persons().size());
                for (PolicyKeys.PersonKeys p : k.persons()) {
                    text(out, p.role());
                    text(out, p.idKey());
                    text(out, p.nameKey());
                    text(out, p.birthKey());
                    out.writeBoolean(p.familyLink());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static List<PolicyKeys> decode(byte[] blob) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(blob))) {
            int format = in.readByte();
            if (format != FORMAT) {
                throw new IllegalStateException("Unknown book key format " + format);
            }
            int n = in.readInt();
            List<PolicyKeys> keys = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String policy = text(in);
                String agent = text(in);
                String channel = text(in);
                boolean inScope = in.readBoolean();
                String phId = text(in);
                String address = text(in);
                String mobile = text(in);
                String landline = text(in);
                int persons = in.readShort();
                List<PolicyKeys.PersonKeys> people = new ArrayList<>(persons);
                for (int j = 0; j < persons; j++) {
                    people.add(new PolicyKeys.PersonKeys(text(in), text(in), text(in), text(in), in.readBoolean()));
                }
                keys.add(new PolicyKeys(policy, agent, channel, inScope, phId, address, mobile, landline,
                        List.copyOf(people)));
            }
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final int NULL = 0;
    private static final int UTF = 1;
    private static final int HASH = 2;
    private static final HexFormat HEX = HexFormat.of();

    private static void text(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeByte(NULL);
        } else if (isHash(s)) {
            out.writeByte(HASH);
            out.write(HEX.parseHex(s));
        } else {
            out.writeByte(UTF);
            out.writeUTF(s);
        }
    }

    private static String text(DataInputStream in) throws IOException {
        int tag = in.readByte();
        if (tag == HASH) {
            byte[] hash = new byte[32];
            in.readFully(hash);
            return HEX.formatHex(hash);
        }
        return tag == UTF ? in.readUTF() : null;
    }

    private static boolean isHash(String s) {
        if (s.length() != 64) {
            return false;
        }
        for (int i = 0; i < 64; i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }
}
