package org.piu.targeting.repo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.piu.targeting.repo.AssetKind.RULE;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM saves as fast as it can and prints every acknowledged revision; it is SIGKILLed mid-burst. Every
 * revision it printed must be in the reopened repository.
 */
class CrashSafetyTest {

    @TempDir
    Path dir;

    /** The child: {@code SaveBurst <dir> <count>} prints {@code ACK <asset> <revision>} after each save returns. */
    public static final class SaveBurst {
        public static void main(String[] args) {
            try (RulesRepository repo = RulesRepository.open(Path.of(args[0]))) {
                int count = Integer.parseInt(args[1]);
                String[] bases = new String[4];
                System.out.println("READY");
                System.out.flush();
                for (int i = 0; i < count; i++) {
                    int asset = i % 4;
                    Revision r =
                            repo.saveDraft(RULE, "R-" + asset, "n: " + i + "\n", "burst", "save " + i, bases[asset]);
                    bases[asset] = r.revision();
                    System.out.println("ACK R-" + asset + " " + r.revision());
                    System.out.flush();
                }
            }
        }
    }

    @Test
    void every_save_acknowledged_before_a_sigkill_survives_it() throws Exception {
        Path gitDir = dir.resolve("rules.git");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        SaveBurst.class.getName(),
                        gitDir.toString(),
                        "100000")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<String[]> acked = new ArrayList<>();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    acked.add(line.split(" "));
                    if (acked.size() == 300) {
                        child.destroyForcibly(); // SIGKILL in the middle of the burst
                        break;
                    }
                }
            }
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isNotZero();
        assertThat(acked).hasSize(300);

        try (RulesRepository repo = RulesRepository.open(gitDir)) {
            for (String[] ack : acked) {
                AssetVersion v = repo.get(RULE, ack[1], ack[2]);
                assertThat(v.revision()).isEqualTo(ack[2]);
            }
            assertThat(repo.verify().problems()).isEmpty();
            // and the repository keeps working after the crash
            String base = repo.get(RULE, "R-0").orElseThrow().revision();
            repo.saveDraft(RULE, "R-0", "n: after\n", "alice", "after the crash", base);
        }
        TestRepos.assertFsckClean(gitDir);
    }
}
