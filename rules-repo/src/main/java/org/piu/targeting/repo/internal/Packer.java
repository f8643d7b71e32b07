package org.piu.targeting.repo.internal;

import java.time.Duration;
import java.util.Date;
import java.util.Properties;
import org.eclipse.jgit.api.GarbageCollectCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.piu.targeting.repo.PackReport;
import org.piu.targeting.repo.RulesRepositoryException;

/**
 * Packs the loose objects that every durable write leaves (automatic gc is off so that no write waits for one).
 * Unreachable objects are pruned only after two weeks, as Git does; the anchor log still proves any rewrite.
 */
public final class Packer {

    private static final Duration PRUNE_AFTER = Duration.ofDays(14);

    private final GitStore store;

    public Packer(GitStore store) {
        this.store = store;
    }

    /** Writes wait while it runs. */
    public PackReport pack() {
        return store.locked(() -> {
            long started = System.nanoTime();
            try {
                GarbageCollectCommand gc = Git.wrap(store.git())
                        .gc()
                        .setExpire(Date.from(store.now().minus(PRUNE_AFTER)));
                Properties before = gc.getStatistics();
                Properties after = gc.call();
                return new PackReport(
                        count(before, "numberOfLooseObjects"),
                        count(after, "numberOfLooseObjects"),
                        count(after, "numberOfPackedObjects"),
                        count(after, "numberOfPackFiles"),
                        Duration.ofNanos(System.nanoTime() - started));
            } catch (GitAPIException e) {
                throw new RulesRepositoryException(
                        "packing the rules repository in " + store.directory() + " failed: " + e.getMessage(), e);
            }
        });
    }

    private static long count(Properties statistics, String key) {
        Object value = statistics.get(key);
        return value instanceof Number n ? n.longValue() : Long.parseLong(String.valueOf(value));
    }
}
