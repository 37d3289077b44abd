package cn.lifeinfo.compliance.screening;

import cn.lifeinfo.compliance.common.Failure;
import cn.lifeinfo.compliance.common.FieldError;
import cn.lifeinfo.compliance.common.Problem;
import cn.lifeinfo.compliance.common.ProblemException;
import cn.lifeinfo.compliance.common.Ulid;
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

    public ScreeningService(ScreeningStore store, ScreeningConfig config) {
        this.store = store;
        this.config = config;
    }

    /** Stores the book and returns the job id; the job is screened in the background. */
    public String submit(InputStream body, BookReader.Format format, String user) {
        String id = Ulid.next();
        store.createJob(id, format.name(), user);
        List<ScreeningStore.Error> errors = new ArrayList<>();
        BookReader reader = new BookReader(format, config.chunkRecords(), new BookReader.Sink() {
            @Override
            public void chunk(int seq, List<ChunkPayload.Line> lines) {
                store.insertChunk(id, seq, lines.get(0).lineNo(), lines.size(), ChunkPayload.encode(lines));
            }

            @Override
            public void error(int lineNo, String message) {
                errors.add(new ScreeningStore.Error(lineNo, message));
                if (errors.size() >= 500) {
                    store.insertErrors(id, errors);
                    errors.clear();
                }
            }
        });
        BookReader.Summary summary;
        try {
            summary = reader.read(body);
            store.insertErrors(id, errors);
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
        store.markReceived(id, summary.dataLines(), summary.errors(), summary.chunks());
        return id;
    }
}
