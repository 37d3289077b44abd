package cn.lifeinfo.compliance.ruleset;

import org.kie.api.KieServices;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieContainerSessionsPool;
import org.kie.api.runtime.KieSession;

import java.util.function.Function;

/**
 * A compiled, immutable version of one family. Sessions come from a pool: a disposed pooled session is reset and
 * reused, which is several times cheaper than building a new one per decision.
 */
public final class CompiledRuleset implements AutoCloseable {

    private static final int POOL_SIZE = 64;

    private final RuleFamily family;
    private final int version;
    private final String checksum;
    private final ReleaseId releaseId;
    private final KieContainer container;
    private final KieContainerSessionsPool pool;
    private final int ruleCount;

    CompiledRuleset(RuleFamily family, int version, String checksum, ReleaseId releaseId, KieContainer container,
                    int ruleCount) {
        this.family = family;
        this.version = version;
        this.checksum = checksum;
        this.releaseId = releaseId;
        this.container = container;
        // sized for the worker threads that decide concurrently; a pool that runs dry builds sessions per call
        this.pool = container.newKieSessionsPool(POOL_SIZE);
        this.ruleCount = ruleCount;
    }

    /**
     * One evaluation: a pooled session whose global {@code out} collects what the rules conclude, handed to
     * {@code work} (which inserts facts and fires, as often as the family needs) and returned to the pool after.
     */
    public <T> T evaluate(Object out, Function<KieSession, T> work) {
        KieSession session = pool.newKieSession();
        try {
            session.setGlobal("out", out);
            return work.apply(session);
        } finally {
            session.dispose();
        }
    }

    /** The common case of {@link #evaluate}: insert the facts, fire once. */
    public void fire(Object out, Iterable<?> facts) {
        evaluate(out, session -> {
            facts.forEach(session::insert);
            return session.fireAllRules();
        });
    }

    public RuleFamily family() {
        return family;
    }

    public int version() {
        return version;
    }

    /** How decisions name the rules that made them, e.g. {@code truthfulness@7}. */
    public String label() {
        return family.id() + "@" + version;
    }

    public String checksum() {
        return checksum;
    }

    public int ruleCount() {
        return ruleCount;
    }

    /** Frees the pool, the container and the module, so that many reloads do not keep old class loaders. */
    @Override
    public void close() {
        pool.shutdown();
        container.dispose();
        KieServices.get().getRepository().removeKieModule(releaseId);
    }
}
