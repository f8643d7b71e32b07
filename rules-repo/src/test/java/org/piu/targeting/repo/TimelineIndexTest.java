package org.piu.targeting.repo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.piu.targeting.repo.AssetKind.RULE;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineIndexTest {

    @TempDir
    Path dir;

    private static Revision save(RulesRepository repo, String id, int n, String base) {
        return repo.saveDraft(RULE, id, "n: " + n + "\n", "alice", "save " + n, base);
    }

    @Test
    void reads_only_commits_newer_than_the_index_after_an_unclean_shutdown() {
        Path gitDir = dir.resolve("rules.git");
        Revision a;
        try (RulesRepository repo = RulesRepository.open(gitDir)) {
            a = save(repo, "R-1", 1, null);
        }
        assertThat(gitDir.resolve(TestRepos.TIMELINE_INDEX)).exists();
        RulesRepository crashed = RulesRepository.open(gitDir); // never closed: its index is not rewritten
        Revision b = save(crashed, "R-1", 2, a.revision());
        Revision c = save(crashed, "R-2", 1, null);
        try (RulesRepository repo = RulesRepository.open(gitDir)) {
            assertThat(repo.history(RULE, "R-1"))
                    .extracting(h -> h.revision())
                    .containsExactly(a.revision(), b.revision());
            assertThat(repo.get(RULE, "R-2").orElseThrow().revision()).isEqualTo(c.revision());
        }
    }

    @Test
    void rebuilds_a_damaged_index_from_the_log() throws Exception {
        Path gitDir = dir.resolve("rules.git");
        Revision a;
        Revision b;
        try (RulesRepository repo = RulesRepository.open(gitDir)) {
            a = save(repo, "R-1", 1, null);
            b = save(repo, "R-1", 2, a.revision());
        }
        Path idx = gitDir.resolve(TestRepos.TIMELINE_INDEX);
        byte[] bytes = Files.readAllBytes(idx);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(idx, bytes);
        try (RulesRepository repo = RulesRepository.open(gitDir)) {
            assertThat(repo.history(RULE, "R-1"))
                    .extracting(h -> h.revision())
                    .containsExactly(a.revision(), b.revision());
        }
    }

    @Test
    void does_not_trust_an_index_whose_head_was_rewound_away() {
        Path gitDir = dir.resolve("rules.git");
        Revision a;
        try (RulesRepository repo = RulesRepository.open(gitDir)) {
            a = save(repo, "R-1", 1, null);
            save(repo, "R-1", 2, a.revision());
            save(repo, "R-2", 1, null);
        }
        TestRepos.git(gitDir, "update-ref", "refs/heads/main", a.commitId());
        try (RulesRepository repo = RulesRepository.open(gitDir)) {
            assertThat(repo.history(RULE, "R-1")).extracting(h -> h.revision()).containsExactly(a.revision());
            assertThat(repo.get(RULE, "R-2")).isEmpty();
            assertThat(repo.verify().intact()).isFalse();
        }
    }
}
