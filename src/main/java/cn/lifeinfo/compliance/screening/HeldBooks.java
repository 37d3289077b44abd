package cn.lifeinfo.compliance.screening;

import cn.lifeinfo.compliance.truthfulness.population.PolicyKeysCodec;
import cn.lifeinfo.compliance.truthfulness.population.Population;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which indexed chunks of each book this instance holds in its population index. A chunk indexed here is held at
 * once; before a book is evaluated here, the chunks indexed by other instances (or by this one before a restart)
 * are read from their book keys, so every instance evaluates against the whole book.
 */
@ApplicationScoped
class HeldBooks {

    private static final int BOOKS_REMEMBERED = 8;

    private final ScreeningStore store;
    private final Population population;
    private final Map<String, Set<Long>> held = recent();
    private final Map<String, Boolean> caughtUp = recent();

    HeldBooks(ScreeningStore store, Population population) {
        this.store = store;
        this.population = population;
    }

    synchronized void indexedHere(String jobId, long chunkId) {
        chunks(jobId).add(chunkId);
    }

    /**
     * Blocks the book's first evaluation here until the chunks it lacks are in the index. Evaluation starts only
     * once every chunk is indexed, so one catch-up per book is enough.
     */
    synchronized void catchUp(String jobId) {
        if (!population.inMemory() || caughtUp.containsKey(jobId)) {
            return; // in MariaDB mode the evaluation reads the tables INDEX wrote
        }
        Set<Long> mine = chunks(jobId);
        List<Long> indexed = store.bookChunks(jobId);
        for (long chunkId : indexed) {
            if (mine.add(chunkId)) {
                byte[] keys = store.bookKeys(chunkId);
                if (keys != null) {
                    population.holdHere(PolicyKeysCodec.decode(keys));
                }
            }
        }
        caughtUp.put(jobId, Boolean.TRUE);
    }

    private static <V> Map<String, V> recent() {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > BOOKS_REMEMBERED;
            }
        };
    }

    private Set<Long> chunks(String jobId) {
        return held.computeIfAbsent(jobId, id -> new HashSet<>());
    }
}
