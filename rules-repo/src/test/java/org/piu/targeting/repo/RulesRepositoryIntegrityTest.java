package org.piu.targeting.repo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.piu.targeting.repo.AssetKind.RULE;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.piu.targeting.repo.integrity.ChainAnchor;
import org.piu.targeting.repo.integrity.VerificationReport;
import org.piu.targeting.repo.release.ReleaseGate;

class RulesRepositoryIntegrityTest {

    @TempDir
    Path dir;

    private Path gitDir;
    private Revision first;
    private Revision second;

    @BeforeEach
    void history() {
        gitDir = dir.resolve("rules.git");
        try (RulesRepository repo = RulesRepository.open(gitDir)) {
            first = repo.saveDraft(RULE, "R-1", TestRepos.rule("HIGH"), "alice", "new", null);
            repo.submit(RULE, "R-1", first.revision(), "alice", "");
            repo.approve(RULE, "R-1", first.revision(), "bob", "ok");
            repo.publish("carol", "v1", ReleaseGate.acceptAll());
            second = repo.saveDraft(RULE, "R-1", TestRepos.rule("LOW"), "alice", "lower", first.revision());
            repo.saveDraft(RULE, "R-2", TestRepos.rule("LOW"), "alice", "new", null);
        }
    }

    @Test
    void untouched_history_verifies_and_git_fsck_is_clean() {
        try (RulesRepository repo = RulesRepository.open(gitDir)) {
            VerificationReport report = repo.verify();
            assertThat(report.problems()).isEmpty();
            assertThat(report.intact()).isTrue();
            assertThat(report.anchorsChecked()).isGreaterThanOrEqualTo(7);
            assertThat(report.releasesChecked()).isEqualTo(1);
        }
        TestRepos.assertFsckClean(gitDir);
    }

    @Test
    void packing_leaves_no_loose_object_and_the_history_verifies_and_keeps_growing() {
        try (RulesRepository repo = RulesRepository.open(gitDir)) {
            PackReport report = repo.pack();
            assertThat(report.looseBefore()).isPositive();
            assertThat(report.looseAfter()).isZero();
            assertThat(report.packed()).isGreaterThanOrEqualTo(report.looseBefore());
            assertThat(report.packFiles()).isEqualTo(1);
            assertThat(repo.verify().intact()).isTrue();
            assertThat(repo.history(RULE, "R-1")).hasSizeGreaterThanOrEqualTo(4);
            repo.saveDraft(RULE, "R-3", TestRepos.rule("HIGH"), "alice", "after packing", null);
        }
        try (RulesRepository reopened = RulesRepository.open(gitDir)) {
            assertThat(reopened.verify().intact()).isTrue();
            assertThat(reopened.history(RULE, "R-3")).hasSize(1);
        }
        TestRepos.assertFsckClean(gitDir);
    }

    @Test
    void detects_a_forced_ref_update_done_behind_the_repository_s_back() {
        try (RulesRepository repo = RulesRepository.open(gitDir)) {
            // rewind main to the first save, as `git push --force` or `git reset` on the server would
            assertThat(TestRepos.git(gitDir, "update-ref", "refs/heads/main", first.commitId())
                            .exit())
                    .isZero();
            VerificationReport report = repo.verify();
            assertThat(report.intact()).isFalse();
            assertThat(report.problems()).anySatisfy(p -> {
                assertThat(p.ref()).isEqualTo("refs/heads/main");
                assertThat(p.objectId()).isEqualTo(second.commitId());
                assertThat(p.anchorLine()).isPositive();
                assertThat(p.message()).contains("no longer reachable").contains(first.commitId());
            });
        }
        // reopening must not launder the rewrite into the anchor log
        try (RulesRepository repo = RulesRepository.open(gitDir)) {
            assertThat(repo.verify().intact()).isFalse();
        }
    }

    @Test
    void refuses_to_write_over_a_ref_moved_behind_its_back() {
        try (RulesRepository repo = RulesRepository.open(gitDir)) {
            TestRepos.git(gitDir, "update-ref", "refs/heads/main", first.commitId());
            assertThatThrownBy(() -> repo.saveDraft(RULE, "R-3", "a: 1", "alice", "new", null))
                    .isInstanceOf(RulesRepositoryException.class)
                    .hasMessageContaining("changed outside");
        }
    }

    @Test
    void detects_a_moved_release_tag() {
        TestRepos.git(gitDir, "tag", "-f", "release-1", second.commitId());
        try (RulesRepository repo = RulesRepository.open(gitDir)) {
            VerificationReport report = repo.verify();
            assertThat(report.intact()).isFalse();
            assertThat(report.problems()).anySatisfy(p -> {
                assertThat(p.ref()).isEqualTo("refs/tags/release-1");
                assertThat(p.message()).contains("moved");
            });
        }
    }

    @Test
    void repairs_a_torn_last_anchor_line_left_by_a_crash_during_append() throws Exception {
        Path log = gitDir.resolve(TestRepos.ANCHOR_LOG);
        Files.writeString(
                log,
                "99\t2026-11-22T10:00:00Z\trefs/heads/ma",
                StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        try (RulesRepository repo = RulesRepository.open(gitDir)) {
            repo.saveDraft(RULE, "R-3", "a: 1", "alice", "after the crash", null);
            assertThat(repo.verify().problems()).isEmpty();
        }
    }

    @Test
    void detects_an_edited_anchor_log() throws Exception {
        Path log = gitDir.resolve(TestRepos.ANCHOR_LOG);
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        lines.remove(1);
        Files.write(log, lines, StandardCharsets.UTF_8);
        try (RulesRepository repo = RulesRepository.open(gitDir)) {
            VerificationReport report = repo.verify();
            assertThat(report.intact()).isFalse();
            assertThat(report.problems())
                    .anySatisfy(
                            p -> assertThat(p.message()).contains("line 2").contains("removed, reordered or edited"));
        }
    }

    @Test
    void anchors_of_an_external_chain_are_kept_in_order_and_leave_the_history_intact() {
        String hash1 = "a".repeat(64);
        String hash2 = "b".repeat(64);
        try (RulesRepository repo = RulesRepository.open(gitDir)) {
            repo.anchorChain("audit-log", 1, hash1);
            repo.anchorChain("audit-log", 7, hash2);
            repo.anchorChain("other-chain", 3, hash1);
        }
        try (RulesRepository repo = RulesRepository.open(gitDir)) {
            assertThat(repo.chainAnchors("audit-log"))
                    .extracting(ChainAnchor::sequence, ChainAnchor::hash)
                    .containsExactly(tuple(1L, hash1), tuple(7L, hash2));
            assertThat(repo.chainAnchors("audit-log"))
                    .allSatisfy(a -> assertThat(a.anchorLine()).isPositive());
            VerificationReport report = repo.verify();
            assertThat(report.problems()).isEmpty();
        }
    }

    @Test
    void an_edited_chain_anchor_breaks_the_anchor_log() throws Exception {
        try (RulesRepository repo = RulesRepository.open(gitDir)) {
            repo.anchorChain("audit-log", 5, "c".repeat(64));
        }
        Path log = gitDir.resolve(TestRepos.ANCHOR_LOG);
        String text = Files.readString(log, StandardCharsets.UTF_8);
        Files.writeString(log, text.replace("5:" + "c".repeat(64), "4:" + "c".repeat(64)), StandardCharsets.UTF_8);
        try (RulesRepository repo = RulesRepository.open(gitDir)) {
            assertThat(repo.verify().intact()).isFalse();
            assertThat(repo.verify().problems())
                    .anySatisfy(p -> assertThat(p.message()).contains("hash mismatch"));
            assertThat(repo.chainAnchors("audit-log")).isEmpty();
        }
    }

    @Test
    void refuses_a_malformed_chain_anchor() {
        try (RulesRepository repo = RulesRepository.open(gitDir)) {
            assertThatThrownBy(() -> repo.anchorChain("Audit Log", 1, "a".repeat(64)))
                    .hasMessageContaining("chain name");
            assertThatThrownBy(() -> repo.anchorChain("audit-log", 1, "xyz")).hasMessageContaining("64 lower-case hex");
        }
    }
}
