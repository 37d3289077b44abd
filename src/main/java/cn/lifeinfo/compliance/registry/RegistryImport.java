package cn.lifeinfo.compliance.registry;

import cn.lifeinfo.compliance.common.Failure;
import cn.lifeinfo.compliance.common.ProblemException;
import cn.lifeinfo.compliance.vocabulary.record.Address;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Bulk import of the registries from CSV (header row with the JSON field names; address parts as province, city,
 * district, detail; institution phones separated by ';') or JSON Lines. A bad line is reported with its number
 * and skipped; the others are stored.
 */
@ApplicationScoped
public class RegistryImport {

    private static final int MAX_REPORTED_ERRORS = 1000;

    private final RegistryService registry;
    private final RegistryLookup lookup;
    private final ObjectMapper json;

    public RegistryImport(RegistryService registry, RegistryLookup lookup, ObjectMapper json) {
        this.registry = registry;
        this.lookup = lookup;
        this.json = json;
    }

    public record Result(int created, int updated, int failed, List<LineError> errors) {
    }

    public record LineError(long line, String message) {
    }

    public Result agents(InputStream body, boolean csv) {
        return run(body, csv, AgentRequest.class, this::agentFromCsv,
                (r, line) -> registry.putAgent(require(r.agentCode(), "agentCode"), r));
    }

    public Result institutions(InputStream body, boolean csv) {
        return run(body, csv, InstitutionRequest.class, this::institutionFromCsv,
                (r, line) -> registry.putInstitution(require(r.institutionId(), "institutionId"), r));
    }

    private <T> Result run(InputStream body, boolean csv, Class<T> type, java.util.function.Function<CSVRecord, T> fromCsv,
                           BiFunction<T, Long, Boolean> store) {
        int[] counts = new int[3];
        List<LineError> errors = new ArrayList<>();
        LineSink<T> sink = (line, item) -> {
            try {
                if (store.apply(item, line)) {
                    counts[0]++;
                } else {
                    counts[1]++;
                }
            } catch (ProblemException e) {
                fail(counts, errors, line, e.problem().detail() + " " + e.problem().errors());
            } catch (RuntimeException e) {
                fail(counts, errors, line, "cannot be stored: " + e.getClass().getSimpleName());
            }
        };
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            if (csv) {
                CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                        .setIgnoreEmptyLines(true).setTrim(true).get().parse(reader);
                for (CSVRecord record : parser) {
                    long line = parser.getCurrentLineNumber();
                    if (!record.isConsistent()) {
                        fail(counts, errors, line, "expected " + parser.getHeaderNames().size() + " columns, found "
                                + record.size());
                        continue;
                    }
                    sink.accept(line, fromCsv.apply(record));
                }
            } else {
                String text;
                long line = 0;
                while ((text = reader.readLine()) != null) {
                    line++;
                    if (text.isBlank()) {
                        continue;
                    }
                    T item;
                    try {
                        item = json.readValue(text, type);
                    } catch (JsonProcessingException e) {
                        fail(counts, errors, line, "not a JSON object of the expected shape: " + e.getOriginalMessage());
                        continue;
                    }
                    sink.accept(line, item);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lookup.invalidate();
        return new Result(counts[0], counts[1], counts[2], errors);
    }

    interface LineSink<T> {
        void accept(long line, T item);
    }

    private static void fail(int[] counts, List<LineError> errors, long line, String message) {
        counts[2]++;
        if (errors.size() < MAX_REPORTED_ERRORS) {
            errors.add(new LineError(line, message));
        }
    }

    private static String require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new ProblemException(cn.lifeinfo.compliance.common.Problem.of(
                    Failure.INVALID, "invalid-field", field + " is required"));
        }
        return value;
    }

    private AgentRequest agentFromCsv(CSVRecord r) {
        Map<String, String> m = r.toMap();
        return new AgentRequest(m.get("agentCode"), m.get("name"), m.get("gender"), m.get("birthDate"),
                m.get("idType"), m.get("idNumber"), m.get("mobile"), m.get("branchCode"), m.get("status"),
                m.get("teamLeaderCode"), address(m), m.get("commitmentSignedOn"));
    }

    private InstitutionRequest institutionFromCsv(CSVRecord r) {
        Map<String, String> m = r.toMap();
        String phones = m.getOrDefault("phones", m.get("phone"));
        return new InstitutionRequest(m.get("institutionId"), m.get("type"), m.get("name"), null,
                phones == null ? List.of() : Arrays.stream(phones.split(";")).map(String::trim)
                        .filter(s -> !s.isEmpty()).toList(), address(m));
    }

    private static Address address(Map<String, String> m) {
        if (m.get("province") == null && m.get("city") == null && m.get("district") == null && m.get("detail") == null) {
            return null;
        }
        return new Address(m.get("province"), m.get("city"), m.get("district"), m.get("detail"));
    }
}
