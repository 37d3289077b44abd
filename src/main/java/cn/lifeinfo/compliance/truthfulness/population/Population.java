package cn.lifeinfo.compliance.truthfulness.population;

import cn.lifeinfo.compliance.audit.AuditedTable;
import cn.lifeinfo.compliance.audit.DecisionAuditWriter;
import cn.lifeinfo.compliance.audit.Writers;
import cn.lifeinfo.compliance.common.IdentifierHasher;
import cn.lifeinfo.compliance.common.SqlBatch;
import cn.lifeinfo.compliance.common.Ulid;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The population as this instance sees it: an in-memory {@link PopulationIndex} loaded from MariaDB at start-up,
 * updated at once by this instance's own decisions (committed to MariaDB with their audit rows before they are answered)
 * and following the
 * other instances' writes by polling. So a decision reads no table, and a record stored on another replica is seen
 * here within one sync interval.
 */
@ApplicationScoped
public class Population {

    private static final Logger LOG = Logger.getLogger(Population.class);

    private final PopulationStore store;
    private final IdentifierHasher hasher;
    private final PopulationIndex index = new PopulationIndex();
    private final DecisionAuditWriter writer;
    private final AuditedTable<PolicyKeys> table;
    private final String instance = "population/" + Ulid.next();
    private final int overlapSeconds;
    private final long settleNanos;
    /** When this instance last wrote each recently written policy (its write may still be behind, in the queue). */
    private final ConcurrentHashMap<String, Long> writtenHere = new ConcurrentHashMap<>();
    /**
     * Policies written here and, about the same time, by another instance: which copy is newer only MariaDB knows
     * (the last commit wins there), so once both writes have settled the policy is read back from it.
     */
    private final java.util.Set<String> contested = ConcurrentHashMap.newKeySet();
    private final Object applying = new Object();
    private volatile String lastSync;
    /** Off: decisions query MariaDB and write to it before answering (for populations larger than the heap). */
    private final boolean inMemory;

    public Population(PopulationStore store, Writers writers, DecisionAuditWriter writer, IdentifierHasher hasher,
                      @ConfigProperty(name = "compliance.population.sync-overlap") Duration overlap,
                      @ConfigProperty(name = "compliance.population.in-memory") boolean inMemory) {
        this.store = store;
        this.hasher = hasher;
        this.inMemory = inMemory;
        this.overlapSeconds = (int) Math.max(1, overlap.toSeconds());
        this.settleNanos = overlap.plus(writers.linger()).toNanos();
        this.writer = writer;
        this.table = new AuditedTable<>() {
            @Override
            public void write(List<PolicyKeys> rows, SqlBatch batch) {
                store.append(rows, instance, batch);
            }

            @Override
            public void committed(List<PolicyKeys> rows) {
                stampWritten(rows); // contested until another instance's older row can no longer be read after ours
            }
        };
    }

    void load(@Observes StartupEvent event) {
        if (!inMemory) {
            store.ensureLookupIndexes();
            int listed = store.listPersons();
            if (listed > 0) {
                LOG.infof("Population persons listed for lookups by person: %d policies", listed);
            }
            return;
        }
        long start = System.nanoTime();
        String at = store.now();
        List<PolicyKeys> batch = new ArrayList<>(1000);
        store.forEachStored(k -> {
            batch.add(k);
            if (batch.size() == 1000) {
                index.apply(batch);
                batch.clear();
            }
        });
        index.apply(batch);
        lastSync = at;
        LOG.infof("Population index loaded: %d policies in %d ms", index.size(), (System.nanoTime() - start) / 1_000_000);
    }

    /** What decisions read. */
    public PopulationSource source() {
        PopulationSource stored = inMemory ? index : store;
        return hasher.rotating() ? new RotationAwareSource(stored, hasher) : stored;
    }

    /**
     * During a rotation of the hash key, a policy stored under the previous key's hash is replaced by its
     * resubmission under the current one: the old row gets a tombstone (if it exists), else it would count twice.
     */
    private Collection<PolicyKeys> replacingPreviousKey(Collection<PolicyKeys> policies) {
        if (!hasher.rotating()) {
            return policies;
        }
        List<PolicyKeys> all = new ArrayList<>(policies);
        for (PolicyKeys k : policies) {
            String previous = hasher.previousOf(k.policyHash());
            if (previous != null) {
                all.add(new PolicyKeys(previous, null, null, false, null, null, null, null, List.of()));
            }
        }
        return all;
    }

    /**
     * Decisions: visible here at once; the future completes when they are committed to MariaDB (and so reach the
     * other instances), which the decisions wait for before they are answered.
     */
    public CompletableFuture<Void> store(Collection<PolicyKeys> given) {
        Collection<PolicyKeys> policies = replacingPreviousKey(given);
        if (!inMemory) {
            store.upsert(policies, instance);
            return CompletableFuture.completedFuture(null);
        }
        applyHere(policies);
        return CompletableFuture.allOf(policies.stream().map(k -> writer.record(table, k))
                .toArray(CompletableFuture[]::new));
    }

    /** Screening: committed to MariaDB before this returns, so a chunk is marked indexed only once it is. */
    public void storeNow(Collection<PolicyKeys> given) {
        Collection<PolicyKeys> policies = replacingPreviousKey(given);
        store.upsert(policies, instance);
        if (inMemory) {
            applyHere(policies);
        }
    }

    /**
     * Screening: a book's policies join this instance's index at once, for the book's own evaluation; MariaDB gets
     * them when the job's STORE step writes them ({@link #storeNow}). Only when the population is held in memory.
     */
    public void holdHere(Collection<PolicyKeys> policies) {
        if (inMemory) {
            synchronized (applying) {
                // Not stamped as written here: the book reaches MariaDB only at STORE, so a contest with another
                // instance's row would be settled by reading that same row back. Stamps would only delay it, and keep
                // a book's policy hashes alive for the settling time (~100,000 at INDEX's rate) for young
                // collections to copy.
                index.apply(policies);
            }
        }
    }

    public boolean inMemory() {
        return inMemory;
    }

    /** Own writes and applying other instances' rows exclude each other, so an older row never lands on a newer. */
    private void applyHere(Collection<PolicyKeys> policies) {
        synchronized (applying) {
            stampWritten(policies);
            index.apply(policies);
        }
    }

    private void stampWritten(Collection<PolicyKeys> policies) {
        long now = System.nanoTime();
        policies.forEach(k -> writtenHere.put(k.policyHash(), now));
    }

    @Scheduled(every = "${compliance.population.sync-interval}", delayed = "${compliance.population.sync-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        try {
            sync();
        } catch (RuntimeException e) {
            LOG.warnf("Population sync failed: %s", e.getMessage());
        }
    }

    /** Applies what other instances stored since the last sync; returns how many policies changed. */
    public synchronized int sync() {
        if (!inMemory || lastSync == null) {
            return 0;
        }
        String at = store.now();
        List<PolicyKeys> remote = store.changedSince(lastSync, overlapSeconds, instance);
        long now = System.nanoTime();
        List<String> settled;
        synchronized (applying) {
            writtenHere.entrySet().removeIf(e -> now - e.getValue() > settleNanos);
            settled = contested.stream().filter(h -> !writtenHere.containsKey(h)).toList();
        }
        List<PolicyKeys> reread = List.of();
        if (!settled.isEmpty()) {
            writer.flush(Duration.ofSeconds(5));
            reread = store.byPolicyHashes(settled);
        }
        List<PolicyKeys> changed = new ArrayList<>(remote.size() + reread.size());
        synchronized (applying) {
            settled.forEach(contested::remove);
            java.util.Set<String> rereadHashes = new java.util.HashSet<>(settled);
            for (PolicyKeys k : reread) {
                keepOrContest(k, changed);
            }
            for (PolicyKeys k : remote) {
                if (!rereadHashes.contains(k.policyHash())) { // the row read back is newer than this one
                    keepOrContest(k, changed);
                }
            }
            index.apply(changed);
        }
        lastSync = at;
        return changed.size();
    }

    /** Another instance's row is applied unless this instance wrote the policy lately too: then MariaDB decides. */
    private void keepOrContest(PolicyKeys k, List<PolicyKeys> changed) {
        if (writtenHere.containsKey(k.policyHash()) || contested.contains(k.policyHash())) {
            contested.add(k.policyHash());
        } else {
            changed.add(k);
        }
    }

    /** Waits until this instance's decisions are in MariaDB (tests, shutdown). */
    public void flush(Duration timeout) {
        writer.flush(timeout);
    }

    public int size() {
        return index.size();
    }
}
