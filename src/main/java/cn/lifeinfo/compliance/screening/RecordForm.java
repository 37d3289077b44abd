package cn.lifeinfo.compliance.screening;

import cn.lifeinfo.compliance.common.ByteOut;
import cn.lifeinfo.compliance.vocabulary.record.Address;
import cn.lifeinfo.compliance.vocabulary.record.CoverageTerm;
import cn.lifeinfo.compliance.vocabulary.record.Person;
import cn.lifeinfo.compliance.vocabulary.record.PolicyRecord;
import cn.lifeinfo.compliance.vocabulary.record.Product;
import cn.lifeinfo.compliance.vocabulary.record.SalesRecording;
import cn.lifeinfo.compliance.vocabulary.record.Salesperson;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A chunk's records as parsed on upload, stored as the chunk's payload, so INDEX and EVALUATE read them back field by
 * field instead of inflating and parsing JSON: each record is parsed once. Only the records the upload kept are in
 * it (refused lines are reported by the upload), in book order, which is the order of the chunk's book keys. Values
 * are the parsed record's own (strings stay strings, numbers are written as the parsed number), so a record read back
 * equals the record as uploaded. A payload that is not in this form (a chunk stored by an earlier version, gzip of
 * JSON lines) is parsed by INDEX, which writes this form over it.
 */
final class RecordForm {

    /** First byte of the form; a gzip payload starts with 0x1f and a dropped one is empty. */
    private static final byte MAGIC = 'R';
    /** 2: the fields are deflated (BEST_SPEED), after the magic, the version and their inflated length. */
    private static final byte VERSION = 2;
    private static final int HEADER = 6;

    /** Records of one chunk as EVALUATE needs them: the stored lines (no JSON text) and the parsed records. */
    record Decoded(List<ChunkPayload.Line> lines, List<PolicyRecord> records) {
    }

    private RecordForm() {
    }

    static boolean is(byte[] payload) {
        return payload.length > 1 && payload[0] == MAGIC;
    }

    static byte[] encode(List<ChunkPayload.Line> lines, List<PolicyRecord> records) {
        if (lines.size() != records.size()) {
            throw new IllegalArgumentException("a line for every record");
        }
        Out out = new Out(records.size() * 640 + 8);
        out.putInt(records.size());
        for (int i = 0; i < records.size(); i++) {
            out.putInt(lines.get(i).lineNo());
            out.text(lines.get(i).branchCode());
            policy(out, records.get(i));
        }
        return out.deflated();
    }

    static Decoded decode(byte[] payload) {
        In in = new In(inflate(payload));
        int n = in.getInt();
        List<ChunkPayload.Line> lines = new ArrayList<>(n);
        List<PolicyRecord> records = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            lines.add(new ChunkPayload.Line(in.getInt(), in.text(), null));
            records.add(policy(in));
        }
        if (in.at != in.buf.length) {
            throw new IllegalStateException("Record form longer than its records");
        }
        return new Decoded(lines, records);
    }

    // ---- the vocabulary, field by field in declaration order -----------------------------------------------------

    private static void policy(Out o, PolicyRecord r) {
        o.text(r.policyNo());
        o.text(r.businessType());
        o.text(r.channel());
        Product p = r.product();
        if (o.present(p)) {
            o.text(p.code());
            o.text(p.name());
            o.text(p.category());
            o.bool(p.hasDeathBenefit());
            o.bool(p.investmentLinked());
        }
        CoverageTerm t = r.coverageTerm();
        if (o.present(t)) {
            o.text(t.unit());
            o.integer(t.value());
        }
        o.text(r.applicationDate());
        o.text(r.effectiveDate());
        person(o, r.policyholder());
        person(o, r.insured());
        o.text(r.beneficiaryDesignation());
        List<Person> beneficiaries = r.beneficiaries();
        o.putInt(beneficiaries == null ? -1 : beneficiaries.size());
        if (beneficiaries != null) {
            beneficiaries.forEach(b -> person(o, b));
        }
        Salesperson s = r.salesperson();
        if (o.present(s)) {
            o.text(s.agentCode());
            o.text(s.name());
            o.text(s.mobile());
            Salesperson.Outlet outlet = s.outlet();
            if (o.present(outlet)) {
                o.text(outlet.code());
                o.text(outlet.name());
                o.text(outlet.phone());
            }
        }
        SalesRecording rec = r.salesRecording();
        if (o.present(rec)) {
            o.bool(rec.completed());
        }
    }

    private static PolicyRecord policy(In i) {
        String policyNo = i.text();
        String businessType = i.text();
        String channel = i.text();
        Product product = i.present() ? new Product(i.text(), i.text(), i.text(), i.bool(), i.bool()) : null;
        CoverageTerm term = i.present() ? new CoverageTerm(i.text(), i.integer()) : null;
        String applicationDate = i.text();
        String effectiveDate = i.text();
        Person policyholder = person(i);
        Person insured = person(i);
        String designation = i.text();
        int n = i.getInt();
        List<Person> beneficiaries = null;
        if (n >= 0) {
            beneficiaries = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                beneficiaries.add(person(i));
            }
        }
        Salesperson salesperson = null;
        if (i.present()) {
            String agentCode = i.text();
            String name = i.text();
            String mobile = i.text();
            Salesperson.Outlet outlet = i.present() ? new Salesperson.Outlet(i.text(), i.text(), i.text()) : null;
            salesperson = new Salesperson(agentCode, name, mobile, outlet);
        }
        SalesRecording recording = i.present() ? new SalesRecording(i.bool()) : null;
        return new PolicyRecord(policyNo, businessType, channel, product, term, applicationDate, effectiveDate,
                policyholder, insured, designation, beneficiaries, salesperson, recording);
    }

    private static void person(Out o, Person p) {
        if (!o.present(p)) {
            return;
        }
        o.text(p.name());
        o.text(p.gender());
        o.text(p.birthDate());
        o.text(p.idType());
        o.text(p.idNumber());
        o.text(p.idValidUntil());
        o.text(p.mobile());
        o.text(p.landline());
        Address a = p.address();
        if (o.present(a)) {
            o.text(a.province());
            o.text(a.city());
            o.text(a.district());
            o.text(a.detail());
        }
        o.text(p.relationshipToPolicyholder());
        o.text(p.relationshipToInsured());
        o.integer(p.order());
        o.text(p.sharePercent() == null ? null : p.sharePercent().toString());
    }

    private static Person person(In i) {
        if (!i.present()) {
            return null;
        }
        String name = i.text();
        String gender = i.text();
        String birthDate = i.text();
        String idType = i.text();
        String idNumber = i.text();
        String idValidUntil = i.text();
        String mobile = i.text();
        String landline = i.text();
        Address address = i.present() ? new Address(i.text(), i.text(), i.text(), i.text()) : null;
        String toPolicyholder = i.text();
        String toInsured = i.text();
        Integer order = i.integer();
        String share = i.text();
        // BigDecimal's toString() reads back to the same value and scale
        return new Person(name, gender, birthDate, idType, idNumber, idValidUntil, mobile, landline, address,
                toPolicyholder, toInsured, order, share == null ? null : new BigDecimal(share));
    }

    // ---- bytes ---------------------------------------------------------------------------------------------------

    /**
     * Deflated, the form is smaller than the gzip of the JSON it replaces (about 85 against 90 bytes a record of the
     * benchmark's book; 610 raw): written raw, MariaDB's writes of a million records' forms cost more than parsing
     * them again saved.
     */
    private static byte[] deflate(byte[] raw, int length) {
        Deflater d = new Deflater(Deflater.BEST_SPEED);
        try {
            d.setInput(raw, 0, length);
            d.finish();
            byte[] out = new byte[HEADER + length / 4 + 64];
            out[0] = MAGIC;
            out[1] = VERSION;
            out[2] = (byte) (length >>> 24);
            out[3] = (byte) (length >>> 16);
            out[4] = (byte) (length >>> 8);
            out[5] = (byte) length;
            int size = HEADER;
            while (!d.finished()) {
                if (size == out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                size += d.deflate(out, size, out.length - size);
            }
            return Arrays.copyOf(out, size);
        } finally {
            d.end(); // native memory: not left to the finaliser
        }
    }

    private static byte[] inflate(byte[] payload) {
        if (!is(payload) || payload.length < HEADER || payload[1] != VERSION) {
            throw new IllegalStateException("Unknown record form");
        }
        int length = (payload[2] & 0xFF) << 24 | (payload[3] & 0xFF) << 16 | (payload[4] & 0xFF) << 8
                | payload[5] & 0xFF;
        if (length < 0) {
            throw new IllegalStateException("Damaged record form");
        }
        byte[] raw = new byte[length];
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(payload, HEADER, payload.length - HEADER);
            int at = 0;
            while (at < length) {
                int n = inflater.inflate(raw, at, length - at);
                if (n == 0 && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalStateException("Truncated record form");
                }
                at += n;
            }
            if (!inflater.finished()) { // the stream's end and checksum are still to come
                if (inflater.inflate(new byte[1]) > 0) {
                    throw new IllegalStateException("Record form longer than its records");
                }
                if (!inflater.finished()) {
                    throw new IllegalStateException("Truncated record form");
                }
            }
            if (inflater.getRemaining() > 0) {
                throw new IllegalStateException("Record form longer than its records");
            }
            return raw;
        } catch (DataFormatException e) {
            throw new IllegalStateException("Damaged record form", e);
        } finally {
            inflater.end();
        }
    }

    /** Record fields: presence bytes, ints, length-prefixed UTF-8 (-1 for null). */
    private static final class Out extends ByteOut {

        Out(int capacity) {
            super(capacity);
        }

        /** What was written, compressed, without copying it first. */
        byte[] deflated() {
            return deflate(buf, size);
        }

        boolean present(Object o) {
            put((byte) (o == null ? 0 : 1));
            return o != null;
        }

        void bool(Boolean b) {
            put((byte) (b == null ? 0 : b ? 2 : 1));
        }

        void integer(Integer v) {
            if (present(v)) {
                putInt(v);
            }
        }

        /** Length-prefixed UTF-8, -1 for null. */
        void text(String s) {
            if (s == null) {
                putInt(-1);
                return;
            }
            putUtf8(s);
        }
    }

    private static final class In {
        private final byte[] buf;
        private int at;

        In(byte[] buf) {
            this.buf = buf;
        }

        byte get() {
            if (at >= buf.length) {
                throw new IllegalStateException("Truncated record form");
            }
            return buf[at++];
        }

        int getInt() {
            if (at + 4 > buf.length) {
                throw new IllegalStateException("Truncated record form");
            }
            int v = (buf[at] & 0xFF) << 24 | (buf[at + 1] & 0xFF) << 16 | (buf[at + 2] & 0xFF) << 8 | buf[at + 3] & 0xFF;
            at += 4;
            return v;
        }

        boolean present() {
            return get() != 0;
        }

        Boolean bool() {
            byte b = get();
            return b == 0 ? null : b == 2;
        }

        Integer integer() {
            return present() ? getInt() : null;
        }

        String text() {
            int n = getInt();
            if (n < 0) {
                return null;
            }
            if (at + n > buf.length) {
                throw new IllegalStateException("Truncated record form");
            }
            String s = new String(buf, at, n, StandardCharsets.UTF_8);
            at += n;
            return s;
        }
    }
}
