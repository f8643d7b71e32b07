package org.piu.targeting.repo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.piu.targeting.repo.AssetKind.RULE;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A writer killed between taking Git's ref lock and moving the ref must not block the next writer forever. */
class DeadWriterTest {

    @TempDir
    Path dir;

    private Path gitDir;
    private Path mainLock;
    private String base;

    @BeforeEach
    void a_writer_died_holding_the_main_ref_lock() throws Exception {
        gitDir = dir.resolve("rules.git");
        try (RulesRepository repo = RulesRepository.open(gitDir)) {
            base = repo.saveDraft(RULE, "R-1", TestRepos.rule("HIGH"), "alice", "new", null)
                    .revision();
        }
        mainLock = gitDir.resolve("refs/heads/main.lock");
        Files.writeString(mainLock, "0".repeat(40) + "\n");
    }

    @Test
    void opening_the_repository_alone_clears_the_dead_writers_lock_and_writes_go_through() {
        try (RulesRepository repo = RulesRepository.open(gitDir)) {
            assertThat(mainLock).doesNotExist();
            Revision next = repo.saveDraft(RULE, "R-1", TestRepos.rule("LOW"), "alice", "lower", base);
            assertThat(repo.get(RULE, "R-1").orElseThrow().revision()).isEqualTo(next.revision());
            assertThat(repo.verify().problems()).isEmpty();
        }
    }

    @Test
    void a_second_instance_of_an_open_repository_leaves_lock_files_alone() throws Exception {
        Files.delete(mainLock);
        try (RulesRepository first = RulesRepository.open(gitDir)) {
            // a lock taken by a live writer of the first instance, seen by a second one opening now
            Files.writeString(mainLock, "0".repeat(40) + "\n");
            try (RulesRepository second = RulesRepository.open(gitDir)) {
                assertThat(mainLock).exists();
            }
            Files.delete(mainLock);
            assertThat(first.get(RULE, "R-1")).isPresent();
        }
    }
}
