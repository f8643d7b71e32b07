package org.piu.targeting.repo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.piu.targeting.repo.AssetKind.RULE;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.piu.targeting.repo.history.HistoryEntry;
import org.piu.targeting.repo.lifecycle.LifecycleAction;

class ConcurrentSavesTest {

    private static final int THREADS = 8;
    private static final int SAVES = 200;

    @TempDir
    Path dir;

    @Test
    void eight_threads_saving_different_assets_lose_nothing() throws Exception {
        Path gitDir = dir.resolve("rules.git");
        ConcurrentLinkedQueue<Revision> acked = new ConcurrentLinkedQueue<>();
        try (RulesRepository repo = RulesRepository.open(gitDir)) {
            run(t -> {
                String id = "R-" + t;
                String base = null;
                for (int i = 0; i < SAVES; i++) {
                    Revision r = repo.saveDraft(RULE, id, "n: " + i + "\n", "user" + t, "save " + i, base);
                    acked.add(r);
                    base = r.revision();
                }
                return null;
            });
        }
        assertThat(acked).hasSize(THREADS * SAVES);
        try (RulesRepository repo = RulesRepository.open(gitDir)) {
            for (int t = 0; t < THREADS; t++) {
                assertThat(repo.history(RULE, "R-" + t)).hasSize(SAVES);
                assertThat(repo.get(RULE, "R-" + t).orElseThrow().text()).isEqualTo("n: " + (SAVES - 1) + "\n");
            }
            assertThat(revisions(repo))
                    .containsAll(acked.stream().map(Revision::revision).toList());
            assertThat(repo.verify().problems()).isEmpty();
        }
        TestRepos.assertFsckClean(gitDir);
    }

    @Test
    void eight_threads_saving_the_same_asset_either_win_or_get_a_conflict() throws Exception {
        Path gitDir = dir.resolve("rules.git");
        ConcurrentLinkedQueue<Revision> acked = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> staleBases = new ConcurrentLinkedQueue<>();
        AtomicInteger conflicts = new AtomicInteger();
        try (RulesRepository repo = RulesRepository.open(gitDir)) {
            Revision seed = repo.saveDraft(RULE, "shared", "n: seed\n", "seed", "start", null);
            acked.add(seed);
            run(t -> {
                for (int i = 0; i < SAVES; i++) {
                    String base = repo.get(RULE, "shared").orElseThrow().revision();
                    try {
                        acked.add(repo.saveDraft(
                                RULE, "shared", "n: " + t + "-" + i + "\n", "user" + t, "save " + i, base));
                    } catch (ConflictException e) {
                        conflicts.incrementAndGet();
                        staleBases.add(base);
                        assertThat(e.getMessage()).contains("was changed by user");
                    }
                }
                return null;
            });
        }
        assertThat(acked.size() - 1 + conflicts.get()).isEqualTo(THREADS * SAVES);
        try (RulesRepository repo = RulesRepository.open(gitDir)) {
            List<HistoryEntry> saves = repo.history(RULE, "shared").stream()
                    .filter(h -> h.action() == LifecycleAction.SAVE)
                    .toList();
            // every acknowledged save is in the history, nothing else is
            assertThat(saves)
                    .extracting(HistoryEntry::revision)
                    .containsExactlyInAnyOrderElementsOf(
                            acked.stream().map(Revision::revision).toList());
            // every stale save was refused: a stale base is never the base of an acknowledged save twice, i.e. the
            // revisions form one chain in which each save started from its predecessor
            List<String> chain = saves.stream().map(HistoryEntry::revision).toList();
            for (int i = 1; i < chain.size(); i++) {
                String msg = TestRepos.git(gitDir, "log", "-1", "--format=%B", chain.get(i))
                        .output();
                assertThat(msg).contains("PIU-Base: " + chain.get(i - 1));
            }
            Set<String> wonBases = new HashSet<>(chain.subList(0, chain.size() - 1));
            assertThat(wonBases).hasSize(chain.size() - 1);
            assertThat(repo.audit(
                            java.time.Instant.EPOCH, java.time.Instant.now().plusSeconds(5)))
                    .filteredOn(e -> e.outcome() == org.piu.targeting.repo.audit.AuditOutcome.CONFLICT)
                    .hasSize(conflicts.get());
            assertThat(repo.verify().problems()).isEmpty();
        }
        assertThat(conflicts.get()).isPositive();
        TestRepos.assertFsckClean(gitDir);
    }

    private static Set<String> revisions(RulesRepository repo) {
        Set<String> out = new HashSet<>();
        for (int t = 0; t < THREADS; t++) {
            repo.history(RULE, "R-" + t).forEach(h -> out.add(h.revision()));
        }
        return out;
    }

    private interface Worker {
        Void run(int thread) throws Exception;
    }

    private static void run(Worker worker) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CyclicBarrier start = new CyclicBarrier(THREADS);
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    return worker.run(thread);
                }));
            }
            for (Future<Void> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
