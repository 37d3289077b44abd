package cn.lifeinfo.compliance.screening;

import cn.lifeinfo.compliance.vocabulary.record.Address;
import cn.lifeinfo.compliance.vocabulary.record.CoverageTerm;
import cn.lifeinfo.compliance.vocabulary.record.Person;
import cn.lifeinfo.compliance.vocabulary.record.PolicyRecord;
import cn.lifeinfo.compliance.vocabulary.record.Product;
import cn.lifeinfo.compliance.vocabulary.record.SalesRecording;
import cn.lifeinfo.compliance.vocabulary.record.Salesperson;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecordFormTest {

    @Test
    void parsedBookRecordsReadBackEqualWithTheirLinesAndBranches() throws Exception {
        // as the service reads them: fields the vocabulary does not know (branchCode is read by the upload) ignored
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        Books book = Books.next();
        List<ChunkPayload.Line> lines = new ArrayList<>();
        List<PolicyRecord> records = new ArrayList<>();
        for (int i = 0; i < 60; i++) { // includes the generator's nulled phones and changed ID numbers
            String text = book.record(i).toString();
            lines.add(new ChunkPayload.Line(i + 2, i % 7 == 0 ? null : "33" + i, text));
            records.add(json.readValue(text, PolicyRecord.class));
        }
        byte[] form = RecordForm.encode(lines, records);
        RecordForm.Decoded back = RecordForm.decode(form);

        assertEquals(records, back.records());
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(lines.get(i).lineNo(), back.lines().get(i).lineNo());
            assertEquals(lines.get(i).branchCode(), back.lines().get(i).branchCode());
            assertNull(back.lines().get(i).json(), "no JSON text is kept");
        }
        int text = lines.stream().mapToInt(l -> l.json().getBytes(java.nio.charset.StandardCharsets.UTF_8).length).sum();
        // deflated, no larger than the stored gzip of the JSON lines it replaces (it is written over them)
        int gzip = ChunkPayload.encode(lines).length;
        assertTrue(form.length < gzip * 1.1, () -> form.length + " bytes for " + gzip + " of gzip (" + text + " JSON)");
        System.out.printf("record form %d bytes a record, JSON %d, stored gzip %d%n", form.length / 60, text / 60,
                ChunkPayload.encode(lines).length / 60);
    }

    @Test
    void nullsEmptyListsNumbersAndScalesSurvive() {
        Person p = new Person("阿依古丽·买买提", null, "1990-01-01", "RESIDENT_ID", null, null, "", null,
                new Address("浙江省", null, "西湖区", "文三路90号"), "SELF", null, -3, new BigDecimal("33.330"));
        Person q = new Person(null, null, null, null, null, null, null, null, null, null, null, null, null);
        PolicyRecord full = new PolicyRecord("P1", "INDIVIDUAL", "AGENCY", new Product("C", null, "LIFE", true, null),
                new CoverageTerm("YEAR", null), "2024-03-01", null, p, q, "DESIGNATED", Arrays.asList(p, null, q),
                new Salesperson("A1", null, "13800000000", new Salesperson.Outlet(null, "网点", "0571-1")),
                new SalesRecording(false));
        PolicyRecord empty = new PolicyRecord(null, null, null, null, null, null, null, null, null, null, List.of(),
                new Salesperson(null, null, null, null), new SalesRecording(null));
        PolicyRecord none = new PolicyRecord(null, null, null, null, null, null, null, null, null, null, null, null,
                null);
        List<PolicyRecord> records = List.of(full, empty, none);
        List<ChunkPayload.Line> lines = List.of(new ChunkPayload.Line(1, "3301", "{}"),
                new ChunkPayload.Line(2, null, "{}"), new ChunkPayload.Line(Integer.MAX_VALUE, "", "{}"));

        RecordForm.Decoded back = RecordForm.decode(RecordForm.encode(lines, records));

        assertEquals(records, back.records());
        assertEquals(new BigDecimal("33.330"), back.records().get(0).policyholder().sharePercent()); // scale kept
        assertEquals("", back.lines().get(2).branchCode());
        assertEquals(Integer.MAX_VALUE, back.lines().get(2).lineNo());
    }

    @Test
    void onlyTheFormIsTakenForIt() {
        List<ChunkPayload.Line> lines = List.of(new ChunkPayload.Line(1, "3301", "{\"policyNo\":\"P1\"}"));
        assertFalse(RecordForm.is(ChunkPayload.encode(lines)), "a stored chunk's gzip of JSON lines");
        assertFalse(RecordForm.is(new byte[0]), "a dropped book");
        assertTrue(RecordForm.is(RecordForm.encode(List.of(), List.of())));
    }

    @Test
    void aDamagedFormIsRefusedNotMisread() {
        PolicyRecord r = new PolicyRecord("P1", null, null, null, null, null, null, null, null, null, null, null, null);
        byte[] form = RecordForm.encode(List.of(new ChunkPayload.Line(1, null, "{}")), List.of(r));
        assertThrows(IllegalStateException.class, () -> RecordForm.decode(Arrays.copyOf(form, form.length - 1)));
        byte[] longer = Arrays.copyOf(form, form.length + 1);
        assertThrows(IllegalStateException.class, () -> RecordForm.decode(longer));
        byte[] claimsMore = form.clone();
        claimsMore[5]++; // the inflated length in the header
        assertThrows(IllegalStateException.class, () -> RecordForm.decode(claimsMore));
        byte[] flipped = form.clone();
        flipped[form.length / 2] ^= 0x5A;
        assertThrows(IllegalStateException.class, () -> RecordForm.decode(flipped));
        assertThrows(IllegalArgumentException.class,
                () -> RecordForm.encode(List.of(), List.of(r)));
    }
}
