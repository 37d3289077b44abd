package cn.lifeinfo.compliance.screening;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GET /api/v1/screenings/{id}. {@code done} counts the book's data lines processed (screened or skipped as
 * malformed) and reaches {@code total}; {@code ratePerSecond} is in records per second over the whole job (each
 * record passes two phases, a phase counting half), {@code etaSeconds} extrapolates it. Counts are final once
 * {@code status} is DONE, partial (chunks done so far) before. {@code populationPending} counts the lines whose
 * policies are held in memory for the book but not yet written to the population tables: it falls to 0 shortly
 * after the job is DONE, as idle workers store the book.
 */
public record ScreeningView(String id, String status, String phase, String format, String submittedBy,
                            Instant createdAt, Instant receivedAt, Instant finishedAt, long total, long indexed,
                            long done, long screened, long defective, long review, Malformed malformed,
                            double ratePerSecond, Long etaSeconds, List<String> rulesetVersions, Counts counts,
                            String failure, long populationPending) {

    public record Malformed(long count, List<Line> lines) {
    }

    public record Line(int line, String message) {
    }

    public record Tally(long records, long defective, long review) {
    }

    public record RuleTally(String messageZh, long policies, long defective, long review, long findings) {
    }

    public record Counts(Map<String, Tally> byBranch, Map<String, Tally> byChannel, Map<String, Tally> byAgent,
                         Map<String, RuleTally> byRule) {
    }

    static ScreeningView of(ScreeningStore.JobRow job, ScreeningStore.Progress p, List<ScreeningStore.CountRow> rows,
                            List<ScreeningStore.Error> errors) {
        long malformed = job.uploadErrors() + p.malformed();
        long done = job.uploadErrors() + p.doneLines();
        long indexed = job.uploadErrors() + p.indexedLines();
        String phase = switch (job.status()) {
            case "RECEIVING" -> "RECEIVING";
            case "DONE" -> "DONE";
            case "FAILED" -> "FAILED";
            default -> p.pendingChunks() > 0 ? "INDEX" : "EVALUATE";
        };
        Instant end = job.finishedAt() != null ? job.finishedAt() : job.now();
        double seconds = Math.max(0.001, Duration.between(job.createdAt(), end).toMillis() / 1000.0);
        double processed = job.uploadErrors() + (p.indexedLines() + p.doneLines()) / 2.0;
        double rate = processed / seconds;
        Long eta = "DONE".equals(job.status()) ? Long.valueOf(0)
                : rate <= 0 || "FAILED".equals(job.status()) || "RECEIVING".equals(job.status()) ? null
                : Long.valueOf(Math.round((job.totalLines() - processed) / rate));
        Map<String, Tally> branch = new LinkedHashMap<>();
        Map<String, Tally> channel = new LinkedHashMap<>();
        Map<String, Tally> agent = new LinkedHashMap<>();
        Map<String, RuleTally> rule = new LinkedHashMap<>();
        for (ScreeningStore.CountRow r : rows) {
            Tally t = new Tally(r.records(), r.defective(), r.review());
            switch (r.dimension()) {
                case "BRANCH" -> branch.put(r.key(), t);
                case "CHANNEL" -> channel.put(r.key(), t);
                case "AGENT" -> agent.put(r.key(), t);
                default -> rule.put(r.key(), new RuleTally(r.label(), r.records(), r.defective(), r.review(),
                        r.findings()));
            }
        }
        return new ScreeningView(job.id(), job.status(), phase, job.format(), job.submittedBy(), job.createdAt(),
                job.receivedAt(), job.finishedAt(), job.totalLines(), indexed, done, p.screened(), p.defective(),
                p.review(), new Malformed(malformed, errors.stream().map(e -> new Line(e.lineNo(), e.message())).toList()),
                Math.round(rate * 10) / 10.0, eta, p.versions(), new Counts(branch, channel, agent, rule),
                job.failure(), p.unstoredLines());
    }
}
