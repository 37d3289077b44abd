package cn.lifeinfo.compliance.truthfulness;

import cn.lifeinfo.compliance.audit.DecisionInputEntry;
import cn.lifeinfo.compliance.audit.InputCipher;
import cn.lifeinfo.compliance.ruleset.CompiledRuleset;
import cn.lifeinfo.compliance.ruleset.RuleFamily;
import cn.lifeinfo.compliance.ruleset.RulesetRegistry;
import cn.lifeinfo.compliance.ruleset.RulesetService;
import cn.lifeinfo.compliance.vocabulary.parse.Divisions;
import cn.lifeinfo.compliance.vocabulary.record.PolicyRecord;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The approver's main tool: the candidate and the active version side by side over the most recent stored inputs
 * (or a sample file), counting decisions that flip PASS↔FAIL, per rule id and per channel. Records are judged one
 * by one (without the population), so the preview isolates what the sheet change itself does.
 */
@ApplicationScoped
public class ImpactPreview {

    private final RulesetRegistry registry;
    private final RulesetService rulesets;
    private final InputCipher cipher;
    private final ObjectMapper json;
    private final int keep;
    private final int perSecond;
    private final java.util.concurrent.atomic.AtomicLong sampleSecond = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicInteger sampledThisSecond = new java.util.concurrent.atomic.AtomicInteger();
    private final TruthfulnessEngine engine = new TruthfulnessEngine(Divisions.standard());

    public ImpactPreview(RulesetRegistry registry, RulesetService rulesets, InputCipher cipher, ObjectMapper json,
                         @ConfigProperty(name = "compliance.impact.keep-inputs") int keep,
                         @ConfigProperty(name = "compliance.impact.inputs-per-second") int perSecond) {
        this.perSecond = perSecond;
        this.registry = registry;
        this.rulesets = rulesets;
        this.cipher = cipher;
        this.json = json;
        this.keep = keep;
    }

    public record Report(String candidate, String active, int records, int passToFail, int failToPass,
                         int gateChanged, Map<String, RuleDelta> byRule, Map<String, ChannelDelta> byChannel) {
    }

    /** Records where the rule fires with the candidate but not the active version (added), and the reverse. */
    public record RuleDelta(int added, int removed) {
    }

    public record ChannelDelta(int records, int passToFail, int failToPass) {
    }

    /**
     * Whether to keep this decision's input: all of them at up to {@code inputs-per-second}, a spread sample above
     * that. Encrypting and storing every input of a busy instance only to prune all but the newest would cost more
     * than the decisions themselves.
     */
    public boolean sampleNow() {
        long second = System.currentTimeMillis() / 1000;
        long seen = sampleSecond.get();
        if (seen != second && sampleSecond.compareAndSet(seen, second)) {
            sampledThisSecond.set(0);
        }
        return sampledThisSecond.incrementAndGet() <= perSecond;
    }

    public byte[] seal(PolicyRecord record) {
        try {
            return cipher.encrypt(json.writeValueAsBytes(record));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Report overRecent(int version, int last) {
        rulesets.requirePreviewable(RuleFamily.TRUTHFULNESS, version);
        int n = Math.max(1, Math.min(last, keep));
        List<DecisionInputEntry> rows = QuarkusTransaction.requiringNew().call(() -> DecisionInputEntry
                .<DecisionInputEntry>find("family = ?1 order by id desc", RuleFamily.TRUTHFULNESS.id())
                .page(0, n).list());
        List<PolicyRecord> records = new ArrayList<>(rows.size());
        for (DecisionInputEntry row : rows) {
            try {
                records.add(json.readValue(cipher.decrypt(row.payload), PolicyRecord.class));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return compare(version, records);
    }

    public Report compare(int version, List<PolicyRecord> records) {
        rulesets.requirePreviewable(RuleFamily.TRUTHFULNESS, version);
        CompiledRuleset active = registry.active(RuleFamily.TRUTHFULNESS);
        CompiledRuleset candidate = version == active.version() ? active
                : rulesets.compileStored(RuleFamily.TRUTHFULNESS, version);
        try {
            int passToFail = 0;
            int failToPass = 0;
            int gateChanged = 0;
            Map<String, int[]> rules = new TreeMap<>();
            Map<String, int[]> channels = new TreeMap<>();
            for (PolicyRecord record : records) {
                TruthfulnessEngine.Outcome before = engine.decide(active, record);
                TruthfulnessEngine.Outcome after = engine.decide(candidate, record);
                String channel = record.channel() == null ? "(none)" : record.channel();
                int[] c = channels.computeIfAbsent(channel, k -> new int[3]);
                c[0]++;
                if (before.overall() == Overall.PASS && after.overall() == Overall.FAIL) {
                    passToFail++;
                    c[1]++;
                } else if (before.overall() == Overall.FAIL && after.overall() == Overall.PASS) {
                    failToPass++;
                    c[2]++;
                }
                if (before.underwritingGate() != after.underwritingGate()) {
                    gateChanged++;
                }
                Set<String> was = new TreeSet<>(before.firedRuleIds());
                Set<String> now = new TreeSet<>(after.firedRuleIds());
                now.stream().filter(r -> !was.contains(r)).forEach(r -> rules.computeIfAbsent(r, k -> new int[2])[0]++);
                was.stream().filter(r -> !now.contains(r)).forEach(r -> rules.computeIfAbsent(r, k -> new int[2])[1]++);
            }
            Map<String, RuleDelta> byRule = new TreeMap<>();
            rules.forEach((k, v) -> byRule.put(k, new RuleDelta(v[0], v[1])));
            Map<String, ChannelDelta> byChannel = new TreeMap<>();
            channels.forEach((k, v) -> byChannel.put(k, new ChannelDelta(v[0], v[1], v[2])));
            return new Report(candidate.label(), active.label(), records.size(), passToFail, failToPass, gateChanged,
                    byRule, byChannel);
        } finally {
            if (candidate != active) {
                candidate.close();
            }
        }
    }

    /** Keeps only the newest inputs: the preview needs a recent sample, not a second copy of the book. */
    @Scheduled(every = "1m", delayed = "1m")
    void prune() {
        QuarkusTransaction.requiringNew().run(() -> DecisionInputEntry.getEntityManager().createNativeQuery(
                        keep <= 0 ? "DELETE FROM decision_input WHERE family = ?1" // 0 keeps none, also of earlier runs
                                : "DELETE FROM decision_input WHERE family = ?1 AND id < (SELECT COALESCE(MIN(id), 0) FROM "
                                + "(SELECT id FROM decision_input WHERE family = ?1 ORDER BY id DESC LIMIT " + keep + ") t)")
                .setParameter(1, RuleFamily.TRUTHFULNESS.id()).executeUpdate());
    }
}
