package cn.lifeinfo.compliance.screening;

import cn.lifeinfo.compliance.common.Failure;
import cn.lifeinfo.compliance.common.FieldError;
import cn.lifeinfo.compliance.common.Problem;
import cn.lifeinfo.compliance.common.ProblemException;
import cn.lifeinfo.compliance.common.Ulid;
import cn.lifeinfo.compliance.vocabulary.record.PolicyRecord;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.enterprise.context.ApplicationScoped;


import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Accepts a book: streams it into stored chunks and hands the job to the workers. */
@ApplicationScoped
public class ScreeningService {

    private final ScreeningStore store;
    private final ScreeningConfig config;
    private final ScreeningWorker workers;
    private final ObjectReader records;

    public ScreeningService(ScreeningStore store, ScreeningConfig config, ScreeningWorker workers, ObjectMapper json) {
        this.store = store;
        this.config = config;
        this.workers = workers;
        this.records = json.readerFor(PolicyRecord.class);
    }

    /** Stores the book and returns the job id; the job is screened in the background. */
    public String submit(InputStream body, BookReader.Format format, String user) {
        String id = Ulid.next();
        store.createJob(id, format.name(), user);
        Upload upload = new Upload(id);
        BookReader reader = new BookReader(format, config.chunkRecords(), records, upload);
        BookReader.Summary summary;
        try {
            summary = reader.read(body);
            upload.flushErrors();
        } catch (BookReader.BadBookException e) {
            store.markFailed(id);
            throw new ProblemException(Problem.of(Failure.INVALID, "invalid-book", e.getMessage())
                    .withErrors(List.of(new FieldError("body", e.getMessage()))));
        } catch (IOException e) {
            store.markFailed(id);
            throw new UncheckedIOException("The upload broke off", e);
        } catch (RuntimeException e) {
            store.markFailed(id);
            throw e;
        }
        store.markReceived(id, summary.dataLines(), upload.errors, upload.chunks);
        workers.wake();
        return id;
    }

    /** Stores a book's chunks as they are read, as their record form, and its refused lines in batches. */
    private final class Upload implements BookReader.Sink {
        private final String job;
        private final List<ScreeningStore.Error> pending = new ArrayList<>();
        int chunks;
        int errors;

        Upload(String job) {
            this.job = job;
        }

        @Override
        public void chunk(List<ChunkPayload.Line> lines, List<PolicyRecord> parsed) {
            byte[] form = RecordForm.encode(lines, parsed);
            if (form.length > ChunkScreener.MAX_RECORD_FORM_BYTES) { // BookReader's chunk and line limits prevent it
                throw new IllegalStateException("A chunk's record form is " + form.length + " bytes");
            }
            store.insertChunk(job, chunks++, lines.get(0).lineNo(), lines.size(), form);
            workers.wake();
        }

        @Override
        public void error(int lineNo, String message) {
            errors++;
            pending.add(new ScreeningStore.Error(lineNo, message));
            if (pending.size() >= 500) {
                flushErrors();
            }
        }

        void flushErrors() {
            store.insertErrors(job, pending);
            pending.clear();
        }
    }
}
