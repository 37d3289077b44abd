package cn.lifeinfo.compliance.assessment;

import cn.lifeinfo.compliance.assessment.facts.AssessmentSink.StatusRow;
import cn.lifeinfo.compliance.assessment.facts.ScoreState;
import cn.lifeinfo.compliance.assessment.facts.TypeSpec;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The replay of catalog §5.3. Events up to the evaluation date are taken in date order; the Status sheet is asked
 * on every event date (so a termination reached on any day sticks) and on the evaluation date itself. Points,
 * types, thresholds and the window come from the rules in force on each date; the timeline is Java's.
 */
public final class Scorer {

    public static final String NORMAL = "NORMAL";

    private final AssessmentRulesProvider rulesAt;

    public Scorer(AssessmentRulesProvider rulesAt) {
        this.rulesAt = rulesAt;
    }

    public Score score(List<ViolationEvent> all, LocalDate asOf) {
        List<ViolationEvent> events = all.stream().filter(e -> !e.date().isAfter(asOf))
                .sorted(Comparator.comparing(ViolationEvent::date).thenComparing(ViolationEvent::violationId,
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        List<StatusRow> sticky = new ArrayList<>();
        Set<LocalDate> dates = new TreeSet<>();
        events.forEach(e -> dates.add(e.date()));
        for (LocalDate d : dates) {
            if (d.equals(asOf)) {
                continue;
            }
            AssessmentRules rules = rulesAt.inForceAt(d);
            rules.status(state(events, d, rules)).stream().filter(StatusRow::sticky).forEach(sticky::add);
        }
        AssessmentRules rules = rulesAt.inForceAt(asOf);
        ScoreState now = state(events, asOf, rules);
        List<StatusRow> current = rules.status(now);
        current.stream().filter(StatusRow::sticky).forEach(sticky::add);

        List<StatusRow> deciding = sticky.isEmpty() ? current : sticky;
        Optional<StatusRow> top = deciding.stream().max(Comparator.comparingInt(StatusRow::level));
        Set<String> flags = new TreeSet<>();
        Set<Score.Reason> reasons = new LinkedHashSet<>();
        for (StatusRow row : deciding) {
            flags.addAll(row.flags());
            reasons.add(new Score.Reason(row.ruleId(), row.messageZh(), row.messageEn()));
        }
        List<Score.Entry> entries = new ArrayList<>(events.size());
        for (ViolationEvent e : events) {
            Optional<TypeSpec> spec = rules.type(e.type());
            entries.add(new Score.Entry(e, spec.map(TypeSpec::points).orElse(0),
                    active(e.date(), asOf, rules.windowMode()), spec.isPresent()));
        }
        return new Score(asOf, rules.label(), now.activePoints(), top.map(StatusRow::status).orElse(NORMAL),
                List.copyOf(flags), List.copyOf(reasons), entries);
    }

    static ScoreState state(List<ViolationEvent> events, LocalDate on, AssessmentRules rules) {
        int points = 0;
        int falseInfo = 0;
        boolean redLine = false;
        boolean referral = false;
        for (ViolationEvent e : events) {
            if (!active(e.date(), on, rules.windowMode())) {
                continue;
            }
            Optional<TypeSpec> found = rules.type(e.type());
            if (found.isEmpty()) {
                continue;
            }
            TypeSpec spec = found.get();
            points += spec.points();
            redLine |= spec.redLine();
            falseInfo += spec.falseInformation() ? 1 : 0;
            referral |= spec.referralOnCrime() && e.suspectedCrime();
        }
        return new ScoreState(points, redLine, falseInfo, referral);
    }

    /** Catalog §5.3: D is active on E iff D ≤ E < D.plusYears(1) (29 Feb + 1 year = 28 Feb); or same calendar year. */
    static boolean active(LocalDate d, LocalDate e, AssessmentRules.WindowMode mode) {
        if (d.isAfter(e)) {
            return false;
        }
        return switch (mode) {
            case ROLLING_12_MONTHS -> e.isBefore(d.plusYears(1));
            case CALENDAR_YEAR -> d.getYear() == e.getYear();
        };
    }

    /** The first day on which an event dated {@code d} no longer counts. */
    public static LocalDate expiry(LocalDate d, AssessmentRules.WindowMode mode) {
        return mode == AssessmentRules.WindowMode.ROLLING_12_MONTHS ? d.plusYears(1)
                : LocalDate.of(d.getYear() + 1, 1, 1);
    }

    /** The dates on which an agent's points change: every event date and every expiry, up to {@code to}. */
    public static List<LocalDate> changeDates(List<ViolationEvent> events, LocalDate to,
                                              AssessmentRules.WindowMode mode) {
        Set<LocalDate> dates = new TreeSet<>();
        for (ViolationEvent e : events) {
            dates.add(e.date());
            dates.add(expiry(e.date(), mode));
        }
        dates.add(to);
        return dates.stream().filter(d -> !d.isAfter(to)).toList();
    }
}
