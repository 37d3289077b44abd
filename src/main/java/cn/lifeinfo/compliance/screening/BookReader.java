package cn.lifeinfo.compliance.screening;

import cn.lifeinfo.compliance.common.JsonPaths;
import cn.lifeinfo.compliance.vocabulary.record.PolicyRecord;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an uploaded book line by line (JSON Lines, or CSV with dotted column names) and hands it on in chunks of
 * parsed records, so a book of millions of records never sits in the heap and each record is parsed once, here. A
 * line that is not a JSON object, has a field of the wrong JSON type, is a CSV row with the wrong number of cells, has
 * a missing or repeated policy number, or is longer than {@link #MAX_LINE_BYTES}, is reported with its line number
 * and skipped.
 */
final class BookReader {

    enum Format { NDJSON, CSV }

    interface Sink {
        /** A chunk's records, in book order, with the line each came from. */
        void chunk(List<ChunkPayload.Line> lines, List<PolicyRecord> records);

        void error(int lineNo, String message);
    }

    record Summary(int dataLines) {
    }

    /** No record comes near this; a line over it is reported without being held. */
    static final int MAX_LINE_BYTES = 1 << 20;
    /**
     * A chunk is handed on at this many bytes of lines even before it has its records, so that a chunk of unusually
     * long records still fits the payload column as its record form ({@link ChunkScreener#MAX_RECORD_FORM_BYTES}).
     */
    static final int MAX_CHUNK_BYTES = 8 << 20;

    private final Format format;
    private final int chunkSize;
    private final ObjectReader reader;
    private final Sink sink;
    private final PolicyNoSet seen = new PolicyNoSet();
    private List<ChunkPayload.Line> lines = new ArrayList<>();
    private List<PolicyRecord> records = new ArrayList<>();
    private long chunkBytes;
    private int dataLines;

    /** @param reader reads a {@link PolicyRecord}, configured as the decision endpoints' */
    BookReader(Format format, int chunkSize, ObjectReader reader, Sink sink) {
        this.format = format;
        this.chunkSize = chunkSize;
        this.reader = reader;
        this.sink = sink;
    }

    Summary read(InputStream in) throws IOException {
        ByteLines r = new ByteLines(in, MAX_LINE_BYTES);
        CsvRows csv = null;
        int lineNo = 0;
        while (r.next()) {
            lineNo++;
            byte[] buf = r.buffer();
            int off = r.offset();
            int len = r.length();
            if (lineNo == 1 && len >= 3 && buf[off] == (byte) 0xEF && buf[off + 1] == (byte) 0xBB
                    && buf[off + 2] == (byte) 0xBF) {
                off += 3;
                len -= 3;
            }
            if (r.tooLong()) {
                if (format == Format.CSV && csv == null) {
                    throw new BadBookException("line " + lineNo + ": the CSV header is longer than "
                            + (MAX_LINE_BYTES >> 10) + " KiB");
                }
                dataLines++;
                sink.error(lineNo, "line longer than " + (MAX_LINE_BYTES >> 10) + " KiB: not read");
                continue;
            }
            if (blank(buf, off, len)) {
                continue;
            }
            if (format == Format.CSV && csv == null) {
                try {
                    csv = new CsvRows(new String(buf, off, len, StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    throw new BadBookException("line " + lineNo + ": " + e.getMessage());
                }
                continue;
            }
            dataLines++;
            if (format == Format.CSV) {
                csvLine(csv, new String(buf, off, len, StandardCharsets.UTF_8), lineNo);
            } else {
                jsonLine(buf, off, len, lineNo);
            }
        }
        if (!lines.isEmpty()) {
            flush();
        }
        return new Summary(dataLines);
    }

    /** ASCII white space only: such a line is skipped, as an empty one. */
    private static boolean blank(byte[] buf, int off, int len) {
        for (int i = off; i < off + len; i++) {
            byte b = buf[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private void jsonLine(byte[] buf, int off, int len, int lineNo) {
        try (BranchCapture p = new BranchCapture(reader.createParser(buf, off, len))) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                sink.error(lineNo, "not a JSON object");
                return;
            }
            PolicyRecord r = reader.readValue(p);
            if (p.nextToken() != null) {
                sink.error(lineNo, "not one JSON object on the line");
                return;
            }
            accept(lineNo, r.policyNo(), p.branch, r, len);
        } catch (IOException e) {
            sink.error(lineNo, unreadable(e));
        }
    }

    private void csvLine(CsvRows csv, String line, int lineNo) {
        CsvRows.Row row;
        try {
            row = csv.parse(line);
        } catch (IllegalArgumentException e) {
            sink.error(lineNo, e.getMessage());
            return;
        }
        try {
            accept(lineNo, row.policyNo(), row.branchCode(), reader.readValue(row.json()), row.json().length());
        } catch (IOException e) {
            sink.error(lineNo, unreadable(e));
        }
    }

    /** What is wrong with a line the parser refused, without quoting it: the parser's own messages quote the input. */
    private static String unreadable(IOException e) {
        if (e instanceof JsonMappingException m) {
            String path = JsonPaths.of(m);
            return "wrong JSON type at " + (path.isEmpty() ? "(record)" : path);
        }
        if (e instanceof JsonProcessingException p) {
            return "malformed JSON at column " + (p.getLocation() == null ? "?" : p.getLocation().getColumnNr());
        }
        return "unreadable line";
    }

    private void accept(int lineNo, String policyNo, String branch, PolicyRecord record, int bytes) {
        if (policyNo == null || policyNo.isBlank()) {
            sink.error(lineNo, "policyNo missing: the record cannot be identified for correction");
            return;
        }
        int first = seen.addOrFirstLine(policyNo.trim(), lineNo);
        if (first != 0) {
            sink.error(lineNo, "policyNo repeats line " + first + "; only the first record of a policy is screened");
            return;
        }
        lines.add(new ChunkPayload.Line(lineNo, clean(branch), null));
        records.add(record);
        chunkBytes += bytes;
        if (lines.size() >= chunkSize || chunkBytes >= MAX_CHUNK_BYTES) {
            flush();
        }
    }

    private static String clean(String branch) {
        if (branch == null) {
            return null;
        }
        String b = branch.replaceAll("[\\t\\r\\n]", " ").trim();
        if (b.isEmpty()) {
            return null;
        }
        return b.length() > 40 ? b.substring(0, 40) : b;
    }

    private void flush() {
        sink.chunk(lines, records);
        lines = new ArrayList<>(chunkSize);
        records = new ArrayList<>(chunkSize);
        chunkBytes = 0;
    }

    /**
     * Keeps the top-level {@code branchCode} as the record is read: it is not part of the record (it feeds the
     * per-branch counts), and reading the line a second time just for it would parse every record twice.
     */
    private static final class BranchCapture extends JsonParserDelegate {
        String branch;

        BranchCapture(JsonParser p) {
            super(p);
        }

        @Override
        public JsonToken nextToken() throws IOException {
            JsonToken t = delegate.nextToken();
            if (t != null && t.isScalarValue() && t != JsonToken.VALUE_NULL) {
                JsonStreamContext in = delegate.getParsingContext();
                if (in.inObject() && in.getParent() != null && in.getParent().inRoot()
                        && "branchCode".equals(in.getCurrentName())) {
                    branch = delegate.getText();
                }
            }
            return t;
        }
    }

    /** The upload cannot be read at all (e.g. a CSV without a usable header): a 400, nothing is kept. */
    static final class BadBookException extends RuntimeException {
        BadBookException(String message) {
            super(message);
        }
    }
}
