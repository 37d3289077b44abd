package cn.lifeinfo.compliance.sampling;

import cn.lifeinfo.compliance.common.ProblemException;
import cn.lifeinfo.compliance.ruleset.RuleFamily;
import cn.lifeinfo.compliance.ruleset.RulesetRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens the runs that are due, every branch, as the user {@link #USER}: last month's consistency sample, the last
 * quarter's truthfulness sample, and the latest callback month old enough for its post-callback check. It runs
 * daily (compliance.sampling.cron; "off" disables it) and a period is taken only {@code delay-days} after it ended,
 * so that decisions stored a little late are in it. Opening is idempotent per (kind, period, branch), so a repeat,
 * another replica running it too, or an inspector who opened a branch's run first changes nothing.
 */
@ApplicationScoped
public class SamplingSchedule {

    static final String USER = "sampling-scheduler";
    private static final Logger LOG = Logger.getLogger(SamplingSchedule.class);

    private final SamplingRuns runs;
    private final RulesetRegistry registry;
    private final ZoneId zone;
    private final int delayDays;

    public SamplingSchedule(SamplingRuns runs, RulesetRegistry registry,
                            @ConfigProperty(name = "compliance.zone") ZoneId zone,
                            @ConfigProperty(name = "compliance.sampling.delay-days") int delayDays) {
        this.runs = runs;
        this.registry = registry;
        this.zone = zone;
        this.delayDays = delayDays;
    }

    @Scheduled(cron = "${compliance.sampling.cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void openDueRuns() {
        int afterMonths = SamplingParameters.of(registry.active(RuleFamily.SERVICE)).afterMonths();
        for (RunRequest due : due(LocalDate.now(zone).minusDays(delayDays), afterMonths)) {
            try {
                long opened = runs.open(due, USER).stream().filter(SamplingRuns.Opened::created).count();
                if (opened > 0) {
                    LOG.infof("Opened %d %s sampling runs for %s", opened, due.kind(), due.period());
                }
            } catch (ProblemException e) {
                LOG.debugf("Sampling %s %s not opened: %s", due.kind(), due.period(), e.problem().detail());
            } catch (RuntimeException e) {
                // the next day's run tries again; nothing half-drawn is kept (each branch's run is one transaction)
                LOG.errorf(e, "Sampling %s %s could not be opened", due.kind(), due.period());
            }
        }
    }

    /**
     * The periods ended on {@code reference}: the month before it, the quarter before the current one, and the
     * callback month whose last day lies {@code afterMonths} months before it.
     */
    static List<RunRequest> due(LocalDate reference, int afterMonths) {
        List<RunRequest> out = new ArrayList<>();
        YearMonth month = YearMonth.from(reference).minusMonths(1);
        out.add(new RunRequest(SamplingKind.CONSISTENCY.name(), month.toString(), null));
        YearMonth quarterStart = YearMonth.of(reference.getYear(), ((reference.getMonthValue() - 1) / 3) * 3 + 1)
                .minusMonths(3);
        out.add(new RunRequest(SamplingKind.TRUTHFULNESS.name(),
                quarterStart.getYear() + "-Q" + ((quarterStart.getMonthValue() - 1) / 3 + 1), null));
        YearMonth callbacks = YearMonth.from(reference).minusMonths(afterMonths);
        if (!callbacks.atEndOfMonth().plusMonths(afterMonths).isBefore(reference)) {
            callbacks = callbacks.minusMonths(1);
        }
        out.add(new RunRequest(SamplingKind.POST_CALLBACK.name(), callbacks.toString(), null));
        return out;
    }
}
