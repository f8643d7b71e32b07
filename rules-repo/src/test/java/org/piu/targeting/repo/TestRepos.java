package org.piu.targeting.repo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/** Shared fixtures: rule texts, a clock tests can move, and the real git binary for fsck/update-ref. */
final class TestRepos {

    /**
     * Files the repository keeps beside the Git objects. Their names are part of the on-disk format (a renamed
     * anchor log would lose the chain of every existing repository), so tests spell them out.
     */
    static final String ANCHOR_LOG = "piu-anchors.log";

    static final String TIMELINE_INDEX = "piu-timelines.idx";

    private TestRepos() {}

    static String rule(String severity, String... conditions) {
        StringBuilder sb = new StringBuilder("id: R-1\ntitle: Cash booking shortly before departure\n")
                .append("severity: ")
                .append(severity)
                .append("\nscore: 40\nwhen:\n  all:\n");
        for (String c : conditions) {
            sb.append("    - ").append(c).append('\n');
        }
        return sb.toString();
    }

    /** A clock that stays where it is put; commits have one-second resolution, so tests step it explicitly. */
    static final class SteppingClock extends Clock {
        private final AtomicReference<Instant> now;

        SteppingClock(Instant start) {
            now = new AtomicReference<>(start);
        }

        void advance(Duration d) {
            now.updateAndGet(i -> i.plus(d));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }

    /** {@code output} is stdout followed by stderr (minus the fsync deprecation warning). */
    record GitResult(int exit, String output) {}

    static GitResult git(Path repoDir, String... args) {
        try {
            List<String> cmd = new java.util.ArrayList<>(List.of("git", "--git-dir=" + repoDir));
            cmd.addAll(List.of(args));
            // stderr apart: git warns that core.fsyncObjectFiles (which JGit reads) is deprecated in git itself
            Path err = java.nio.file.Files.createTempFile("git", ".err");
            try {
                Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(p.waitFor(120, TimeUnit.SECONDS))
                        .as("git %s finished", List.of(args))
                        .isTrue();
                String stderr =
                        java.nio.file.Files.readString(err).replaceAll("(?m)^warning: core.fsyncObjectFiles.*\\R", "");
                return new GitResult(p.exitValue(), out + stderr);
            } finally {
                java.nio.file.Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void assertFsckClean(Path repoDir) {
        GitResult r = git(repoDir, "fsck", "--full", "--strict");
        assertThat(r.exit()).as("git fsck output:\n%s", r.output()).isZero();
        assertThat(r.output()).doesNotContain("error").doesNotContain("missing").doesNotContain("corrupt");
    }
}
