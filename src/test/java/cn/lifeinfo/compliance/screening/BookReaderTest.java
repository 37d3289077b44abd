package cn.lifeinfo.compliance.screening;

import cn.lifeinfo.compliance.vocabulary.record.PolicyRecord;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BookReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** What the reader handed on: chunks of (line, branch, record) and the refused lines with their messages. */
    private static final class Collected implements BookReader.Sink {
        final List<List<ChunkPayload.Line>> chunks = new ArrayList<>();
        final List<PolicyRecord> records = new ArrayList<>();
        final TreeMap<Integer, String> errors = new TreeMap<>();

        @Override
        public void chunk(List<ChunkPayload.Line> lines, List<PolicyRecord> parsed) {
            assertEquals(lines.size(), parsed.size());
            chunks.add(List.copyOf(lines));
            records.addAll(parsed);
        }

        @Override
        public void error(int lineNo, String message) {
            errors.put(lineNo, message);
        }

        List<Integer> lineNos() {
            return chunks.stream().flatMap(List::stream).map(ChunkPayload.Line::lineNo).toList();
        }
    }

    private static Collected read(String book, BookReader.Format format, int chunkSize) throws IOException {
        return read(new ByteArrayInputStream(book.getBytes(StandardCharsets.UTF_8)), format, chunkSize);
    }

    private static Collected read(InputStream in, BookReader.Format format, int chunkSize) throws IOException {
        Collected c = new Collected();
        new BookReader(format, chunkSize, JSON.readerFor(PolicyRecord.class), c).read(in);
        return c;
    }

    @Test
    void eachLineIsParsedOnArrivalAndRefusedLinesSayWhy() throws IOException {
        String book = "\uFEFF{\"policyNo\":\"P1\",\"branchCode\":\"3301\",\"channel\":\"AGENCY\"}\r\n"
                + "\n"                                                                 // 2 blank
                + "   \t\n"                                                            // 3 blank
                + "{not json\n"                                                        // 4
                + "{\"policyNo\":\"P5\",\"coverageTerm\":\"twenty\"}\n"                // 5 wrong type
                + "[1,2]\n"                                                            // 6
                + "{\"policyNo\":\"P1\"}\n"                                            // 7 repeats line 1
                + "{\"channel\":\"AGENCY\"}\n"                                         // 8 no policy number
                + "{\"policyNo\":\"P9\"} {\"policyNo\":\"P10\"}\n"                     // 9 two objects
                + "{\"policyNo\":\"P11\",\"policyholder\":{\"branchCode\":\"9999\",\"name\":\"王芳\"}}\n"
                + "{\"policyNo\":12,\"branchCode\":\" 33\\t02 \"}";                    // 12, no final newline
        Collected c = read(book, BookReader.Format.NDJSON, 2000);

        assertEquals(List.of(1, 10, 11), c.lineNos());
        assertEquals("P1", c.records.get(0).policyNo());
        assertEquals("AGENCY", c.records.get(0).channel());
        assertEquals("3301", c.chunks.get(0).get(0).branchCode(), "the BOM and the CR are not part of the line");
        assertNull(c.chunks.get(0).get(1).branchCode(), "a nested branchCode is the person's, not the record's");
        assertEquals("王芳", c.records.get(1).policyholder().name());
        assertEquals("12", c.records.get(2).policyNo(), "a numeric policy number is read as text");
        assertEquals("33 02", c.chunks.get(0).get(2).branchCode());
        assertNull(c.chunks.get(0).get(0).json(), "no JSON text is kept beside the record");

        assertEquals(List.of(4, 5, 6, 7, 8, 9), List.copyOf(c.errors.keySet()));
        assertTrue(c.errors.get(4).startsWith("malformed JSON at column"), c.errors::toString);
        assertEquals("wrong JSON type at coverageTerm", c.errors.get(5));
        assertEquals("not a JSON object", c.errors.get(6));
        assertTrue(c.errors.get(7).contains("repeats line 1"), c.errors::toString);
        assertTrue(c.errors.get(8).startsWith("policyNo missing"), c.errors::toString);
        assertTrue(c.errors.get(9).startsWith("malformed JSON") || c.errors.get(9).startsWith("not one JSON object"),
                c.errors::toString);
        assertTrue(c.errors.values().stream().noneMatch(m -> m.contains("twenty") || m.contains("not json")),
                "messages never quote the line");
    }

    @Test
    void anOverLongLineIsSkippedWithoutHoldingItAndLongLinesAcrossReadsAreWhole() throws IOException {
        String longName = "张".repeat(100_000);                                    // 300 KB: several buffer fills
        String huge = "{\"policyNo\":\"P2\",\"note\":\"" + "x".repeat(BookReader.MAX_LINE_BYTES + 10) + "\"}";
        String book = "{\"policyNo\":\"P1\",\"policyholder\":{\"name\":\"" + longName + "\"}}\n"
                + huge + "\n"
                + "{\"policyNo\":\"P3\"}\n";
        // a stream that returns a few bytes at a time, as a slow upload does
        InputStream trickle = new ByteArrayInputStream(book.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 4093));
            }
        };
        Collected c = read(trickle, BookReader.Format.NDJSON, 2000);

        assertEquals(List.of(1, 3), c.lineNos());
        assertEquals(longName, c.records.get(0).policyholder().name());
        assertEquals("P3", c.records.get(1).policyNo());
        assertTrue(c.errors.get(2).startsWith("line longer than 1024 KiB"), c.errors::toString);
    }

    @Test
    void chunksCloseAtTheirRecordCountOrTheirBytes() throws IOException {
        StringBuilder book = new StringBuilder();
        for (int i = 1; i <= 7; i++) {
            book.append("{\"policyNo\":\"P").append(i).append("\"}\n");
        }
        assertEquals(List.of(3, 3, 1), read(book.toString(), BookReader.Format.NDJSON, 3).chunks.stream()
                .map(List::size).toList());

        StringBuilder big = new StringBuilder();
        String pad = "y".repeat(900_000);
        for (int i = 1; i <= 12; i++) { // ~0.9 MB each: nine fill the 8 MiB of a chunk
            big.append("{\"policyNo\":\"P").append(i).append("\",\"note\":\"").append(pad).append("\"}\n");
        }
        assertEquals(List.of(10, 2), read(big.toString(), BookReader.Format.NDJSON, 2000).chunks.stream()
                .map(List::size).toList());
    }

    @Test
    void csvRowsBecomeRecordsAndTheirWrongTypesAreReportedByPath() throws IOException {
        String book = "policyNo,branchCode,coverageTerm.value,policyholder.name\r\n"
                + "P1,3301,20,王芳\r\n"
                + "P2,3302,twenty,李雷\r\n"
                + "P3,3302\r\n";
        Collected c = read(book, BookReader.Format.CSV, 2000);
        assertEquals(List.of(2), c.lineNos());
        assertEquals(20, c.records.get(0).coverageTerm().value());
        assertEquals("3301", c.chunks.get(0).get(0).branchCode());
        assertEquals("wrong JSON type at coverageTerm.value", c.errors.get(3));
        assertTrue(c.errors.containsKey(4), c.errors::toString);

        assertThrows(BookReader.BadBookException.class,
                () -> read("policyNo,\nP1,x\n", BookReader.Format.CSV, 2000));
    }
}
