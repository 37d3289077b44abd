package cn.lifeinfo.compliance.screening;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an uploaded book line by line (JSON Lines, or CSV with dotted column names) and hands it on in chunks, so a
 * book of millions of records never sits in the heap. Each line is checked just enough to know its policy number
 * and branch: a line that is not a JSON object, a CSV row with the wrong number of cells, a missing or repeated
 * policy number is reported with its line number and skipped. Wrong field types are found later, by the worker.
 */
final class BookReader {

    enum Format { NDJSON, CSV }

    interface Sink {
        void chunk(int seq, List<ChunkPayload.Line> lines);

        void error(int lineNo, String message);
    }

    record Summary(int dataLines, int errors, int chunks) {
    }

    private static final JsonFactory JSON = new JsonFactory();

    private final Format format;
    private final int chunkSize;
    private final Sink sink;
    private final PolicyNoSet seen = new PolicyNoSet();
    private List<ChunkPayload.Line> current = new ArrayList<>();
    private int dataLines;
    private int errors;
    private int chunks;

    BookReader(Format format, int chunkSize, Sink sink) {
        this.format = format;
        this.chunkSize = chunkSize;
        this.sink = sink;
    }

    Summary read(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        CsvRows csv = null;
        String line;
        int lineNo = 0;
        while ((line = r.readLine()) != null) {
            lineNo++;
            if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                continue;
            }
            if (format == Format.CSV && csv == null) {
                try {
                    csv = new CsvRows(line);
                } catch (IllegalArgumentException e) {
                    throw new BadBookException("line " + lineNo + ": " + e.getMessage());
                }
                continue;
            }
            dataLines++;
            if (format == Format.CSV) {
                csvLine(csv, line, lineNo);
            } else {
                jsonLine(line, lineNo);
            }
        }
        if (!current.isEmpty()) {
            flush();
        }
        return new Summary(dataLines, errors, chunks);
    }

    private void jsonLine(String line, int lineNo) {
        String policyNo = null;
        String branch = null;
        try (JsonParser p = JSON.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                error(lineNo, "not a JSON object");
                return;
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if (v.isScalarValue() && v != JsonToken.VALUE_NULL) {
                    if ("policyNo".equals(name)) {
                        policyNo = p.getText();
                    } else if ("branchCode".equals(name)) {
                        branch = p.getText();
                    }
                } else {
                    p.skipChildren();
                }
            }
            if (t != JsonToken.END_OBJECT || p.nextToken() != null) {
                error(lineNo, "not one JSON object on the line");
                return;
            }
        } catch (JsonProcessingException e) {
            // the parser's own message quotes the input: only the position is reported
            error(lineNo, "malformed JSON at column " + (e.getLocation() == null ? "?" : e.getLocation().getColumnNr()));
            return;
        } catch (IOException e) {
            error(lineNo, "unreadable line");
            return;
        }
        accept(lineNo, policyNo, branch, line);
    }

    private void csvLine(CsvRows csv, String line, int lineNo) {
        CsvRows.Row row;
        try {
            row = csv.parse(line);
        } catch (IllegalArgumentException e) {
            error(lineNo, e.getMessage());
            return;
        }
        accept(lineNo, row.policyNo(), row.branchCode(), row.json());
    }

    private void accept(int lineNo, String policyNo, String branch, String json) {
        if (policyNo == null || policyNo.isBlank()) {
            error(lineNo, "policyNo missing: the record cannot be identified for correction");
            return;
        }
        int first = seen.addOrFirstLine(policyNo.trim(), lineNo);
        if (first != 0) {
            error(lineNo, "policyNo repeats line " + first + "; only the first record of a policy is screened");
            return;
        }
        current.add(new ChunkPayload.Line(lineNo, clean(branch), json));
        if (current.size() >= chunkSize) {
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

    private void error(int lineNo, String message) {
        errors++;
        sink.error(lineNo, message);
    }

    private void flush() {
        sink.chunk(chunks++, current);
        current = new ArrayList<>(chunkSize);
    }

    /** The upload cannot be read at all (e.g. a CSV without a usable header): a 400, nothing is kept. */
    static final class BadBookException extends RuntimeException {
        BadBookException(String message) {
            super(message);
        }
    }
}
