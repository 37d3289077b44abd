package cn.lifeinfo.compliance.sampling;

import cn.lifeinfo.compliance.common.Failure;
import cn.lifeinfo.compliance.common.FieldError;
import cn.lifeinfo.compliance.common.Problem;
import cn.lifeinfo.compliance.common.ProblemException;
import cn.lifeinfo.compliance.common.TextLimits;
import cn.lifeinfo.compliance.common.Ulid;
import cn.lifeinfo.compliance.ruleset.CompiledRuleset;
import cn.lifeinfo.compliance.ruleset.RuleFamily;
import cn.lifeinfo.compliance.ruleset.RulesetRegistry;
import cn.lifeinfo.compliance.truthfulness.SalespersonStandings;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Opens sampling runs: per branch, the rate and minimum of the service version in force drawn from the stored
 * decisions of the period, plus (consistency sample) every policy of a seller grey-listed on its application date.
 * A run exists once per (kind, period, branch): asking again returns the run already drawn, never a second sample.
 */
@ApplicationScoped
public class SamplingRuns {

    private final RulesetRegistry registry;
    private final SamplingPopulation population;
    private final SalespersonStandings standings;
    private final ZoneId zone;

    public SamplingRuns(RulesetRegistry registry, SamplingPopulation population, SalespersonStandings standings,
                        @ConfigProperty(name = "compliance.zone") ZoneId zone) {
        this.registry = registry;
        this.population = population;
        this.standings = standings;
        this.zone = zone;
    }

    /** A run and whether this request opened it. */
    public record Opened(SamplingRun run, boolean created) {
    }

    public List<Opened> open(RunRequest body, String user) {
        Request r = read(body);
        CompiledRuleset rules = registry.active(RuleFamily.SERVICE);
        SamplingParameters params = SamplingParameters.of(rules);
        requireDue(r, params);
        Map<String, List<Candidate>> byBranch = new TreeMap<>();
        if (r.branchCode() != null) {
            byBranch.put(r.branchCode(), new ArrayList<>());
        }
        for (Candidate c : population.of(r.kind(), r.period(), r.branchCode())) {
            byBranch.computeIfAbsent(c.branchCode(), b -> new ArrayList<>()).add(c);
        }
        List<Opened> out = new ArrayList<>();
        byBranch.forEach((branch, candidates) -> out.add(openOne(r, branch, candidates, rules.label(), params, user)));
        return out;
    }

    private Opened openOne(Request r, String branch, List<Candidate> candidates, String version,
                           SamplingParameters params, String user) {
        SamplingRun existing = find(r.kind(), r.period().label(), branch);
        if (existing != null) {
            return new Opened(existing, false);
        }
        SamplingRun run = new SamplingRun();
        run.runId = Ulid.next();
        run.kind = r.kind();
        run.period = r.period().label();
        run.branchCode = branch;
        run.rulesetVersion = version;
        run.ratePercent = params.ratePercent(r.kind());
        run.minimum = params.minimum(r.kind());
        run.population = candidates.size();
        run.quota = SamplingParameters.quota(candidates.size(), run.ratePercent, run.minimum);
        run.seed = SamplingDraw.seedOf(run.runId);
        run.openedBy = user;
        run.openedAt = Instant.now();
        List<SamplingDraw.Drawn> drawn = SamplingDraw.draw(candidates, run.quota, greyListed(r.kind()), run.seed);
        run.greyListed = (int) drawn.stream().filter(d -> SamplingItem.GREY_LIST.equals(d.reason())).count();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                run.persist();
                drawn.forEach(d -> item(run.runId, d).persist());
            });
        } catch (RuntimeException e) {
            // another request (or replica) opened the same run meanwhile: the unique key refused ours; answer theirs
            SamplingRun theirs = find(r.kind(), r.period().label(), branch);
            if (theirs == null) {
                throw e;
            }
            return new Opened(theirs, false);
        }
        return new Opened(run, true);
    }

    /** GATE-SMP-001: 100% of the new business of salespeople grey-listed on the application date. */
    private Predicate<Candidate> greyListed(SamplingKind kind) {
        if (kind != SamplingKind.CONSISTENCY) {
            return c -> false;
        }
        return c -> c.agentCode() != null && c.businessDate() != null
                && standings.greyListed(c.agentCode(), c.businessDate());
    }

    private static SamplingItem item(String runId, SamplingDraw.Drawn d) {
        Candidate c = d.candidate();
        SamplingItem i = new SamplingItem();
        i.itemId = Ulid.next();
        i.runId = runId;
        i.policyHash = c.policyHash();
        i.policyNoMasked = c.policyNoMasked();
        i.policyNoSealed = c.policyNoSealed();
        i.agentCode = c.agentCode();
        i.businessDate = c.businessDate();
        i.reason = d.reason();
        i.decisionId = c.decisionId();
        i.hashKeyId = c.hashKeyId();
        return i;
    }

    static SamplingRun find(SamplingKind kind, String period, String branch) {
        return QuarkusTransaction.requiringNew().call(() -> SamplingRun.<SamplingRun>find(
                "kind = ?1 and period = ?2 and branchCode = ?3", kind, period, branch).firstResult());
    }

    /**
     * A period is sampled once it has ended (a run is final, so a month still running would miss its last policies);
     * a post-callback check waits until every callback of its month is the workbook's months old.
     */
    private void requireDue(Request r, SamplingParameters params) {
        LocalDate today = LocalDate.now(zone);
        LocalDate due = r.kind() == SamplingKind.POST_CALLBACK
                ? r.period().last().plusMonths(params.afterMonths()).plusDays(1) : r.period().last().plusDays(1);
        if (today.isBefore(due)) {
            throw new ProblemException(Problem.of(Failure.CONFLICT, "period-not-due",
                    "抽检期间尚未届满 / The " + r.kind() + " sample of " + r.period().label() + " can be drawn from "
                            + due + (r.kind() == SamplingKind.POST_CALLBACK ? " (" + params.afterMonths()
                            + " months after the callbacks, sheet 参数 Parameters)" : "")));
        }
    }

    private record Request(SamplingKind kind, SamplingPeriod period, String branchCode) {
    }

    private static Request read(RunRequest body) {
        if (body == null) {
            throw new ProblemException(Problem.of(Failure.INVALID, "invalid-body",
                    "The body must be a JSON object {kind, period, branchCode?}"));
        }
        List<FieldError> errors = new ArrayList<>();
        SamplingKind kind = null;
        if (body.kind() == null || body.kind().isBlank()) {
            errors.add(new FieldError("kind", "required: one of " + Arrays.toString(SamplingKind.values())));
        } else {
            try {
                kind = SamplingKind.valueOf(body.kind().trim());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("kind", "one of " + Arrays.toString(SamplingKind.values())));
            }
        }
        SamplingPeriod period = kind == null ? null : SamplingPeriod.parse(kind, body.period());
        if (body.period() == null || body.period().isBlank()) {
            errors.add(new FieldError("period", "required"));
        } else if (kind != null && period == null) {
            errors.add(new FieldError("period", kind + " needs " + SamplingPeriod.form(kind)));
        }
        String branch = body.branchCode() == null || body.branchCode().isBlank() ? null : body.branchCode().trim();
        if (body.branchCode() != null && branch == null) {
            errors.add(new FieldError("branchCode", "must not be blank when given"));
        }
        TextLimits.check(errors, "branchCode", branch, 40);
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.of(Failure.INVALID, "invalid-field",
                    "The sampling run is invalid: " + errors.get(0).field() + " " + errors.get(0).message())
                    .withErrors(errors));
        }
        return new Request(kind, period, branch);
    }
}
