package cn.lifeinfo.compliance.screening;

import cn.lifeinfo.compliance.vocabulary.record.PolicyRecord;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import java.util.ArrayList;
import java.util.List;

/**
 * What EVALUATE pays per record to get a chunk's records back: the stored gzip of JSON lines inflated and parsed, or
 * the {@link RecordForm} decoded; and what INDEX pays to write the form. One thread,
 * chunks of the benchmark's book; prints µs per record after a warm-up. Run with
 * {@code ./mvnw -B -Pbench test-compile exec:exec -Dbench.main=cn.lifeinfo.compliance.screening.RecordFormCost}.
 */
public final class RecordFormCost {

    private RecordFormCost() {
    }

    public static void main(String[] args) throws Exception {
        ObjectReader reader = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .readerFor(PolicyRecord.class);
        Books book = Books.forBenchmark(0);
        int n = 2000;
        List<ChunkPayload.Line> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lines.add(new ChunkPayload.Line(i + 1, "3301", book.record(i).toString()));
        }
        byte[] gzip = ChunkPayload.encode(lines);
        List<PolicyRecord> records = new ArrayList<>();
        for (ChunkPayload.Line l : ChunkPayload.decode(gzip)) {
            records.add(reader.readValue(l.json()));
        }
        byte[] form = RecordForm.encode(lines, records);
        System.out.printf("bytes a record: gzip JSON %d, record form %d%n", gzip.length / n, form.length / n);
        for (int round = 0; round < 5; round++) {
            long sink = 0;
            long t = System.nanoTime();
            for (int k = 0; k < 20; k++) {
                for (ChunkPayload.Line l : ChunkPayload.decode(gzip)) {
                    sink += ((PolicyRecord) reader.readValue(l.json())).hashCode() & 1;
                }
            }
            double json = (System.nanoTime() - t) / 1e3 / (20.0 * n);
            t = System.nanoTime();
            for (int k = 0; k < 20; k++) {
                sink += RecordForm.decode(form).records().size();
            }
            double decode = (System.nanoTime() - t) / 1e3 / (20.0 * n);
            t = System.nanoTime();
            for (int k = 0; k < 20; k++) {
                sink += RecordForm.encode(lines, records).length;
            }
            double encode = (System.nanoTime() - t) / 1e3 / (20.0 * n);
            System.out.printf("µs a record: inflate and parse the JSON %.2f; decode the form %.2f; encode it %.2f (%d)%n",
                    json, decode, encode, sink & 1);
        }
    }
}
