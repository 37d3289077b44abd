package cn.lifeinfo.compliance.screening;

import cn.lifeinfo.compliance.access.FieldMasker;
import cn.lifeinfo.compliance.common.JsonPaths;
import cn.lifeinfo.compliance.registry.ContactKeys;
import cn.lifeinfo.compliance.registry.RegistryLookup;
import cn.lifeinfo.compliance.truthfulness.FactExtractor;
import cn.lifeinfo.compliance.truthfulness.Overall;
import cn.lifeinfo.compliance.truthfulness.TruthfulnessDecision;
import cn.lifeinfo.compliance.truthfulness.TruthfulnessDecision.FindingView;
import cn.lifeinfo.compliance.truthfulness.TruthfulnessService;
import cn.lifeinfo.compliance.truthfulness.population.PolicyKeysCodec;
import cn.lifeinfo.compliance.vocabulary.parse.TextNormaliser;
import cn.lifeinfo.compliance.truthfulness.population.PolicyKeyer;
import cn.lifeinfo.compliance.truthfulness.population.PolicyKeys;
import cn.lifeinfo.compliance.truthfulness.population.Population;
import cn.lifeinfo.compliance.vocabulary.record.Person;
import cn.lifeinfo.compliance.vocabulary.record.PolicyRecord;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The two phases for one chunk. INDEX stores the chunk's records in the population, so that when every chunk is
 * indexed the population holds the whole book; EVALUATE then decides the chunk as one evaluation set (a dry run:
 * nothing is stored again, no audit rows or violation events), so each record's cross-record findings see the whole
 * book whatever the order or the worker the chunks are processed in.
 */
@ApplicationScoped
public class ChunkScreener {

    static final String UNKNOWN_AGENT_RULE = "SCR-AGENT-001";
    static final String UNKNOWN_AGENT_ZH = "销售人员工号未在销售人员登记库中登记,需核实";
    static final String UNKNOWN_AGENT_EN = "Salesperson code not found in the agent registry; verify";
    static final String NONE = "(未填)";

    private final ObjectReader reader;
    private final PolicyKeyer keyer;
    private final Population population;
    private final TruthfulnessService truthfulness;
    private final RegistryLookup registry;
    private final ContactKeys contactKeys;
    private final ScreeningConfig config;

    public ChunkScreener(ObjectMapper json, PolicyKeyer keyer, Population population,
                         TruthfulnessService truthfulness, RegistryLookup registry, ContactKeys contactKeys,
                         ScreeningConfig config) {
        this.reader = json.readerFor(PolicyRecord.class);
        this.keyer = keyer;
        this.population = population;
        this.truthfulness = truthfulness;
        this.registry = registry;
        this.contactKeys = contactKeys;
        this.config = config;
    }

    record Parsed(List<ChunkPayload.Line> lines, List<PolicyRecord> records, List<ScreeningStore.Error> errors) {
    }

    Parsed parse(List<ChunkPayload.Line> lines) {
        List<ChunkPayload.Line> kept = new ArrayList<>(lines.size());
        List<PolicyRecord> records = new ArrayList<>(lines.size());
        List<ScreeningStore.Error> errors = new ArrayList<>();
        for (ChunkPayload.Line line : lines) {
            try {
                PolicyRecord r = reader.readValue(line.json());
                kept.add(line);
                records.add(r);
            } catch (JsonMappingException e) {
                errors.add(new ScreeningStore.Error(line.lineNo(), "wrong JSON type at " + jsonPath(e)));
            } catch (JsonProcessingException e) {
                errors.add(new ScreeningStore.Error(line.lineNo(), "malformed JSON"));
            }
        }
        return new Parsed(kept, records, errors);
    }

    /**
     * What INDEX leaves for the chunk: its malformed lines, its book keys unless they are stored already, and, for a
     * chunk stored as JSON, its records as parsed ({@link RecordForm}) for EVALUATE (null when the chunk is in that
     * form already, or when the form would be too large for the payload column, so that EVALUATE parses the JSON
     * again).
     */
    record Indexed(List<ScreeningStore.Error> errors, byte[] bookKeys, byte[] records) {
    }

    /** MEDIUMBLOB's 16 MiB with room to spare. */
    static final int MAX_RECORD_FORM_BYTES = 12 << 20;

    /**
     * INDEX: the chunk's records join the population. Held in memory, they join this instance's index now and are
     * kept as book keys for the other instances and for the STORE step; otherwise they are written to MariaDB now,
     * where the evaluation will look for them. A chunk is stored as its records, parsed on upload; one stored as JSON
     * lines (by a version that parsed in INDEX) is parsed here and its record form returned.
     */
    Indexed index(byte[] payload) {
        if (RecordForm.is(payload)) {
            return index(RecordForm.decode(payload).records(), List.of(), null);
        }
        Parsed p = parse(ChunkPayload.decode(payload));
        byte[] form = RecordForm.encode(p.lines(), p.records());
        return index(p.records(), p.errors(), form.length > MAX_RECORD_FORM_BYTES ? null : form);
    }

    private Indexed index(List<PolicyRecord> records, List<ScreeningStore.Error> errors, byte[] form) {
        List<PolicyKeys> keys = records.stream().map(keyer::keys).toList();
        if (population.inMemory()) {
            population.holdHere(keys);
            return new Indexed(errors, PolicyKeysCodec.encode(keys), form);
        }
        store(keys);
        return new Indexed(errors, null, form);
    }

    /** STORE: a screened chunk's book keys are written to the population tables (idempotent, by policy number). */
    void store(List<PolicyKeys> keys) {
        for (int attempt = 1; ; attempt++) {
            try {
                population.storeNow(keys);
                return;
            } catch (IllegalStateException e) {
                if (attempt >= 5 || !deadlock(e)) {
                    throw e;
                }
            }
        }
    }

    private static boolean deadlock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLTransactionRollbackException) {
                return true;
            }
        }
        return false;
    }

    /**
     * EVALUATE: decide the chunk against the population (which holds the whole book by now).
     *
     * @param payload  the chunk's payload: its records as INDEX parsed them, or (stored before that form) its JSON
     * @param bookKeys the keys INDEX computed for the chunk's records, when it kept them; null to compute again
     */
    ChunkResult evaluate(byte[] payload, List<PolicyKeys> bookKeys) {
        if (RecordForm.is(payload)) {
            RecordForm.Decoded d = RecordForm.decode(payload);
            return evaluate(new Parsed(d.lines(), d.records(), List.of()), bookKeys);
        }
        return evaluate(parse(ChunkPayload.decode(payload)), bookKeys);
    }

    private ChunkResult evaluate(Parsed p, List<PolicyKeys> bookKeys) {
        // the book itself is held already (HeldBooks); what other instances stored meanwhile arrives by polling
        population.sync();
        List<TruthfulnessDecision> decisions = p.records().isEmpty() ? List.of()
                : truthfulness.decideBatch(p.records(), bookKeys, true);
        Set<String> unknownAgents = unknownAgents(p.records());
        Tally tally = new Tally();
        List<ChunkResult.Defect> defects = new ArrayList<>();
        String version = null;
        for (int i = 0; i < decisions.size(); i++) {
            PolicyRecord r = p.records().get(i);
            TruthfulnessDecision d = decisions.get(i);
            version = d.rulesetVersion();
            List<FindingView> findings = new ArrayList<>(d.findings());
            String agent = r.salesperson() == null ? null : blankToNull(r.salesperson().agentCode());
            if (agent != null && unknownAgents.contains(agent)) {
                findings.add(new FindingView(UNKNOWN_AGENT_RULE, "salesperson", "agentCode", "WARN", UNKNOWN_AGENT_ZH,
                        UNKNOWN_AGENT_EN, "screening"));
            }
            boolean fail = d.overall() == Overall.FAIL;
            boolean review = !fail && findings.stream().anyMatch(f -> "WARN".equals(f.severity()));
            String branch = orNone(p.lines().get(i).branchCode());
            String channel = orNone(FactExtractor.upper(r.channel()));
            tally.record("BRANCH", branch, fail, review);
            tally.record("CHANNEL", channel, fail, review);
            tally.record("AGENT", orNone(agent), fail, review);
            Map<String, Integer> perRule = new TreeMap<>();
            Map<String, String> labels = new TreeMap<>();
            for (FindingView f : findings) {
                perRule.merge(f.ruleId(), 1, Integer::sum);
                labels.putIfAbsent(f.ruleId(), f.messageZh());
            }
            perRule.forEach((rule, n) -> tally.rule(rule, labels.get(rule), n, fail, review));
            if (fail || review) {
                defects.add(defect(p.lines().get(i), r, d, findings, branch, channel, agent, fail));
            }
        }
        return new ChunkResult(decisions.size(), tally.defective, tally.review, version, tally.counts(), defects);
    }

    private Set<String> unknownAgents(List<PolicyRecord> records) {
        if (!config.checkAgentRegistry()) {
            return Set.of();
        }
        Set<String> codes = new HashSet<>();
        for (PolicyRecord r : records) {
            String code = r.salesperson() == null ? null : blankToNull(r.salesperson().agentCode());
            if (code != null) {
                codes.add(code); // trimmed, as evaluate() looks it up
            }
        }
        Set<String> unknown = new HashSet<>(codes);
        unknown.removeAll(registry.agentIdKeys(codes).keySet());
        return unknown;
    }

    private ChunkResult.Defect defect(ChunkPayload.Line line, PolicyRecord r, TruthfulnessDecision d,
                                      List<FindingView> findings, String branch, String channel, String agent,
                                      boolean fail) {
        Set<String> ruleIds = new LinkedHashSet<>();
        StringBuilder reasons = new StringBuilder();
        for (FindingView f : findings) {
            if ("INFO".equals(f.severity())) {
                continue;
            }
            ruleIds.add(f.ruleId());
            if (!reasons.isEmpty()) {
                reasons.append('；');
            }
            reasons.append(f.ruleId()).append(' ').append(f.role()).append('.').append(f.field()).append(": ")
                    .append(f.messageZh());
        }
        Person ph = r.policyholder();
        return new ChunkResult.Defect(line.lineNo(), r.policyNo(), NONE.equals(branch) ? null : branch,
                NONE.equals(channel) ? null : channel, agent, fail ? "FAIL" : "REVIEW", d.underwritingGate().name(),
                String.join(",", ruleIds), reasons.toString(),
                ph == null ? null : FieldMasker.name(TextNormaliser.name(ph.name())),
                ph == null ? null : FieldMasker.idNumber(ph.idNumber()),
                ph == null ? null : FieldMasker.phone(contactKeys.normalisedPhone(ph.mobile())));
    }

    private static String jsonPath(JsonMappingException e) {
        String path = JsonPaths.of(e);
        return path.isEmpty() ? "(record)" : path;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String orNone(String s) {
        String v = blankToNull(s);
        return v == null ? NONE : v.length() > 80 ? v.substring(0, 80) : v;
    }

    /** Counts of one chunk, keyed by dimension and key. */
    private static final class Tally {
        private final Map<String, int[]> counts = new TreeMap<>();
        private final Map<String, String> labels = new TreeMap<>();
        int defective;
        int review;

        void record(String dimension, String key, boolean fail, boolean review) {
            int[] c = counts.computeIfAbsent(dimension + '\u0000' + key, k -> new int[4]);
            c[0]++;
            c[1] += fail ? 1 : 0;
            c[2] += review ? 1 : 0;
            if ("BRANCH".equals(dimension)) {
                this.defective += fail ? 1 : 0;
                this.review += review ? 1 : 0;
            }
        }

        void rule(String ruleId, String label, int findings, boolean fail, boolean review) {
            String k = "RULE\u0000" + ruleId;
            int[] c = counts.computeIfAbsent(k, x -> new int[4]);
            c[0]++;
            c[1] += fail ? 1 : 0;
            c[2] += review ? 1 : 0;
            c[3] += findings;
            labels.putIfAbsent(k, label);
        }

        List<ChunkResult.Count> counts() {
            List<ChunkResult.Count> out = new ArrayList<>(counts.size());
            counts.forEach((k, c) -> {
                int sep = k.indexOf('\u0000');
                out.add(new ChunkResult.Count(k.substring(0, sep), k.substring(sep + 1), labels.get(k), c[0], c[1],
                        c[2], c[3]));
            });
            return out;
        }
    }
}
