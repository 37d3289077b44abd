package cn.lifeinfo.compliance.screening;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** A chunk's stored form: gzip of {@code lineNo<TAB>branchCode<TAB>json} lines, one per record. */
public final class ChunkPayload {

    /** One stored line of the book: its line number, its branch (may be empty) and the record as JSON. */
    public record Line(int lineNo, String branchCode, String json) {
    }

    private ChunkPayload() {
    }

    public static byte[] encode(List<Line> lines) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(lines.size() * 300);
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(bytes, 65536) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        }, StandardCharsets.UTF_8)) {
            for (Line l : lines) {
                w.write(Integer.toString(l.lineNo()));
                w.write('\t');
                w.write(l.branchCode() == null ? "" : l.branchCode());
                w.write('\t');
                w.write(l.json());
                w.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static List<Line> decode(byte[] payload) {
        List<Line> lines = new ArrayList<>();
        if (payload.length == 0) {
            return lines;   // dropped: its chunk is decided, or its job ended
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(new ByteArrayInputStream(payload), 65536), StandardCharsets.UTF_8))) {
            String s;
            while ((s = r.readLine()) != null) {
                int a = s.indexOf('\t');
                int b = s.indexOf('\t', a + 1);
                String branch = s.substring(a + 1, b);
                lines.add(new Line(Integer.parseInt(s.substring(0, a)), branch.isEmpty() ? null : branch,
                        s.substring(b + 1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
