package cn.lifeinfo.compliance.lifecycle;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * The daily runs of LIFE-LIST-001 and LIFE-UPD-001, as the scheduler's user. Every replica runs them: both are
 * idempotent (unique keys in the database), so a second run on another replica records nothing again.
 */
@ApplicationScoped
public class LifecycleJobs {

    static final String USER = "scheduler";
    private static final Logger LOG = Logger.getLogger(LifecycleJobs.class);

    private final ListExports lists;
    private final Reverification reverification;

    public LifecycleJobs(ListExports lists, Reverification reverification) {
        this.lists = lists;
        this.reverification = reverification;
    }

    @Scheduled(cron = "${compliance.lifecycle.schedule}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        try {
            ListExports.CheckResult lists = this.lists.check(this.lists.today(), USER);
            LOG.infof("LIFE-LIST-001: %d overdue list(s), %d violation(s) recorded, %d without a registered holder",
                    lists.overdue(), lists.violationsRecorded(), lists.withoutAgent().size());
            Reverification.RunResult run = reverification.run(this.lists.today(), USER);
            LOG.infof("LIFE-UPD-001: %d customer(s) due, %d task(s) created", run.customersDue(), run.tasksCreated());
        } catch (RuntimeException e) {
            // e.g. no service ruleset in force yet: the next day's run (or an operator's POST) catches up
            LOG.warnf("Lifecycle jobs did not run: %s", e.getClass().getSimpleName());
        }
    }
}
