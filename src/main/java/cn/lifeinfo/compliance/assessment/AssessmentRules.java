package cn.lifeinfo.compliance.assessment;

import cn.lifeinfo.compliance.assessment.facts.AssessmentSink;
import cn.lifeinfo.compliance.assessment.facts.CodeName;
import cn.lifeinfo.compliance.assessment.facts.CommissionCase;
import cn.lifeinfo.compliance.assessment.facts.FindingFact;
import cn.lifeinfo.compliance.assessment.facts.HiringCase;
import cn.lifeinfo.compliance.assessment.facts.ScoreState;
import cn.lifeinfo.compliance.assessment.facts.TypeSpec;
import cn.lifeinfo.compliance.assessment.facts.ViolationFact;
import cn.lifeinfo.compliance.ruleset.CompiledRuleset;
import cn.lifeinfo.compliance.ruleset.WorkbookParameter;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One compiled assessment ruleset, asked the questions the replay needs. A violation type's definition depends only
 * on its name and a status only on the {@link ScoreState}, so both are memoised per version: a leaderboard over
 * thousands of agents fires few sessions.
 */
public final class AssessmentRules {

    private static final Map<CompiledRuleset, AssessmentRules> BY_VERSION =
            Collections.synchronizedMap(new WeakHashMap<>());
    private static final int STATUS_MEMO_LIMIT = 10_000;

    private final CompiledRuleset rules;
    private final WindowMode windowMode;
    private final int correctionDeadlineDays;
    private final Map<String, Optional<TypeSpec>> types = new ConcurrentHashMap<>();
    private final Map<String, Optional<CodeName>> names = new ConcurrentHashMap<>();
    private final Map<ScoreState, List<AssessmentSink.StatusRow>> statuses = new ConcurrentHashMap<>();

    private AssessmentRules(CompiledRuleset rules) {
        this.rules = rules;
        String mode = parameter("windowMode");
        try {
            this.windowMode = WindowMode.valueOf(mode == null ? "" : mode);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("参数 windowMode 须为 ROLLING_12_MONTHS 或 CALENDAR_YEAR / sheet 参数 Parameters: "
                    + "windowMode must be ROLLING_12_MONTHS or CALENDAR_YEAR, found " + mode);
        }
        String days = parameter("correctionDeadlineDays");
        try {
            this.correctionDeadlineDays = Integer.parseInt(days == null ? "" : days);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("sheet 参数 Parameters: correctionDeadlineDays must be a whole number, found "
                    + days);
        }
    }

    /** @throws IllegalArgumentException when the Parameters sheet lacks or garbles a setting */
    public static AssessmentRules of(CompiledRuleset rules) {
        synchronized (BY_VERSION) {
            return BY_VERSION.computeIfAbsent(rules, AssessmentRules::new);
        }
    }

    public String label() {
        return rules.label();
    }

    public WindowMode windowMode() {
        return windowMode;
    }

    public int correctionDeadlineDays() {
        return correctionDeadlineDays;
    }

    /** The Types sheet's row for a type; empty when no row defines it. */
    public Optional<TypeSpec> type(String type) {
        if (type == null) {
            return Optional.empty();
        }
        return types.computeIfAbsent(type, t -> {
            ViolationFact fact = new ViolationFact(t);
            rules.fire(new AssessmentSink(), List.of(fact));
            return Optional.ofNullable(fact.spec());
        });
    }

    /** Every Status-sheet row that holds for the state. */
    public List<AssessmentSink.StatusRow> status(ScoreState state) {
        List<AssessmentSink.StatusRow> known = statuses.get(state);
        if (known != null) {
            return known;
        }
        AssessmentSink out = new AssessmentSink();
        rules.fire(out, List.of(state));
        List<AssessmentSink.StatusRow> rows = out.statusRows();
        if (statuses.size() < STATUS_MEMO_LIMIT) {
            statuses.put(state, rows);
        }
        return rows;
    }

    /** The violation types the Derivation sheet draws from a truthfulness decision's rule ids. */
    public Set<String> derive(Collection<String> ruleIds, boolean sharedContactOfOneSalesperson) {
        AssessmentSink out = new AssessmentSink();
        rules.fire(out, ruleIds.stream().distinct()
                .map(id -> new FindingFact(id, sharedContactOfOneSalesperson)).toList());
        return out.derived();
    }

    /** The Commission sheet's deciding row, or null when no row holds. */
    public AssessmentSink.DecisionRow commission(CommissionCase c) {
        AssessmentSink out = new AssessmentSink();
        rules.fire(out, List.of(c));
        return out.commission();
    }

    /** The Hiring sheet's row (PEN-STAFF-008), or null when no row holds. */
    public AssessmentSink.DecisionRow hiring(boolean onNoRehireList) {
        AssessmentSink out = new AssessmentSink();
        rules.fire(out, List.of(new HiringCase(onNoRehireList)));
        return out.hiring();
    }

    /** The Names sheet's words for a status or flag code; empty when no row names it. */
    public Optional<CodeName> name(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return names.computeIfAbsent(code, c -> {
            CodeName fact = new CodeName(c);
            rules.fire(new AssessmentSink(), List.of(fact));
            return fact.nameZh() == null ? Optional.empty() : Optional.of(fact);
        });
    }

    private String parameter(String key) {
        WorkbookParameter p = new WorkbookParameter(key);
        rules.fire(new AssessmentSink(), List.of(p));
        return p.value();
    }

    /** How long a violation counts (catalog §5.3 "Decay"). */
    public enum WindowMode {
        ROLLING_12_MONTHS, CALENDAR_YEAR
    }
}
