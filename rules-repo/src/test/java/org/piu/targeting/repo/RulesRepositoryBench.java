package org.piu.targeting.repo;

import static org.piu.targeting.repo.AssetKind.RULE;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.piu.targeting.repo.integrity.VerificationReport;
import org.piu.targeting.repo.internal.BigRepositoryBuilder;
import org.piu.targeting.repo.release.ReleaseGate;

/**
 * Save latency, one asset's history and loading all rules at HEAD on a repository of 5,000 rules and 50,000
 * commits. Run: {@code ./piu main rules-repo org.piu.targeting.repo.RulesRepositoryBench [rules] [commits]}.
 * The generated repository is cached in {@code rules-repo/target/bench-cache}; each run works on a fresh copy.
 */
public final class RulesRepositoryBench {

    private RulesRepositoryBench() {}

    public static void main(String[] args) throws Exception {
        int rules = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int commits = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        Path base = Path.of("rules-repo/target").toAbsolutePath();
        if (!Files.isDirectory(base)) {
            base = Path.of("target").toAbsolutePath();
        }
        Path cache = BigRepositoryBuilder.buildOrReuse(
                base.resolve("bench-cache/rules-" + rules + "x" + commits + ".git"), rules, commits);
        Path work = base.resolve("bench-work/rules.git");
        deleteTree(work);
        copyTree(cache, work);
        System.out.printf(
                "repository: %d rules, %d commits, pack %.0f MB%n",
                rules, commits, size(work.resolve("objects/pack")) / 1e6);

        long t = System.nanoTime();
        RulesRepository first = RulesRepository.open(work);
        System.out.printf(
                "first open (reads all %d commits into the per-asset timeline index): %.0f ms%n",
                commits, ms(System.nanoTime() - t));
        first.close();
        t = System.nanoTime();
        RulesRepository repo = RulesRepository.open(work);
        System.out.printf("open with the timeline index: %.0f ms%n", ms(System.nanoTime() - t));

        // load all rules at HEAD
        double[] load = measure(6, () -> repo.list(RULE).size());
        System.out.printf(
                "list(RULE) %d rules: %s (first run is cold)%n", repo.list(RULE).size(), summary(load, 1));

        // history of one asset
        Random random = new Random(7);
        String hottest = BigRepositoryBuilder.ruleId(0);
        int hotEvents = repo.history(RULE, hottest).size();
        double[] hot = measure(30, () -> repo.history(RULE, hottest).size());
        System.out.printf("history(%s) %d entries: %s%n", hottest, hotEvents, summary(hot, 5));
        double[] hist = measure(
                500,
                () -> repo.history(RULE, BigRepositoryBuilder.ruleId(random.nextInt(rules)))
                        .size());
        System.out.printf("history(random rule): %s%n", summary(hist, 50));

        double[] get = measure(2000, () -> repo.get(RULE, BigRepositoryBuilder.ruleId(random.nextInt(rules))));
        System.out.printf("get(random rule) at HEAD: %s%n", summary(get, 200));

        // the disk's own fsync latency right now, to read the save figures against (this VM is shared)
        double[] fsync = new double[1000];
        Path probe = work.resolve("fsync-probe");
        for (int i = 0; i < fsync.length; i++) {
            long s = System.nanoTime();
            try (var ch = java.nio.channels.FileChannel.open(
                    probe,
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.WRITE,
                    java.nio.file.StandardOpenOption.APPEND)) {
                ch.write(java.nio.ByteBuffer.wrap(new byte[300]));
                ch.force(true);
            }
            fsync[i] = ms(System.nanoTime() - s);
        }
        Files.delete(probe);
        System.out.printf("calibration: append 300 bytes + fsync: %s%n", summary(fsync, 0));

        // saves: 6 fsynced loose objects + fsynced ref file + ref directory + anchor log = 9 fsyncs each
        int saves = 2000;
        double[] save = new double[saves];
        for (int i = 0; i < saves + 200; i++) {
            String id = BigRepositoryBuilder.ruleId(random.nextInt(rules));
            AssetVersion current = repo.get(RULE, id).orElseThrow();
            String text = BigRepositoryBuilder.ruleText(Integer.parseInt(id.substring(2)), current.version() + 1000);
            long s = System.nanoTime();
            repo.saveDraft(RULE, id, text, "bench", "benchmark save " + i, current.revision());
            if (i >= 200) {
                save[i - 200] = ms(System.nanoTime() - s);
            }
        }
        System.out.printf("saveDraft (%d measured after 200 warm-up): %s%n", saves, summary(save, 0));

        double[] hotAfter = measure(30, () -> repo.history(RULE, hottest).size());
        System.out.printf("history(%s) after saves: %s%n", hottest, summary(hotAfter, 5));
        AssetVersion hotNow = repo.get(RULE, hottest).orElseThrow();
        String firstRev = repo.history(RULE, hottest).get(0).revision();
        double[] diff = measure(50, () -> repo.diff(RULE, hottest, firstRev, hotNow.revision()));
        System.out.printf("diff(first, current revision): %s%n", summary(diff, 5));

        Instant day = Instant.parse("2025-06-01T00:00:00Z");
        double[] audit =
                measure(10, () -> repo.audit(day, day.plus(Duration.ofDays(1))).size());
        System.out.printf(
                "audit(one day, %d events): %s%n",
                repo.audit(day, day.plus(Duration.ofDays(1))).size(), summary(audit, 2));
        double[] auditYear =
                measure(3, () -> repo.audit(day, day.plus(Duration.ofDays(365))).size());
        System.out.printf(
                "audit(one year, %d events): %s%n",
                repo.audit(day, day.plus(Duration.ofDays(365))).size(), summary(auditYear, 1));
        StringWriter csv = new StringWriter();
        t = System.nanoTime();
        repo.exportAuditCsv(day, day.plus(Duration.ofDays(365)), "bench", csv);
        System.out.printf(
                "exportAuditCsv(one year): %.0f ms, %d KB%n",
                ms(System.nanoTime() - t), csv.getBuffer().length() / 1024);

        t = System.nanoTime();
        var release = repo.publish("bench", "benchmark release", ReleaseGate.acceptAll());
        System.out.printf(
                "publish (%d approved rules): %.0f ms%n", release.assets().size(), ms(System.nanoTime() - t));
        double[] assetsAt = measure(5, () -> repo.assetsAt(release.number()).size());
        System.out.printf("assetsAt(release) %d texts: %s%n", release.assets().size(), summary(assetsAt, 1));

        t = System.nanoTime();
        VerificationReport report = repo.verify();
        System.out.printf(
                "verify (%d anchors, %d releases): %.0f ms, intact=%s%n",
                report.anchorsChecked(), report.releasesChecked(), ms(System.nanoTime() - t), report.intact());
        // the nightly pack: the 2,200 saves above left their objects loose next to the 50,000-commit pack
        PackReport packed = repo.pack();
        System.out.printf(
                "pack: %d ms, loose objects %d -> %d, %d objects in %d pack(s), %.0f MB%n",
                packed.took().toMillis(),
                packed.looseBefore(),
                packed.looseAfter(),
                packed.packed(),
                packed.packFiles(),
                size(work.resolve("objects/pack")) / 1e6);
        double[] saveAfterPack = new double[100];
        for (int i = 0; i < saveAfterPack.length; i++) {
            String id = BigRepositoryBuilder.ruleId(random.nextInt(rules));
            AssetVersion current = repo.get(RULE, id).orElseThrow();
            String text = BigRepositoryBuilder.ruleText(Integer.parseInt(id.substring(2)), current.version() + 5000);
            long s = System.nanoTime();
            repo.saveDraft(RULE, id, text, "bench", "after packing " + i, current.revision());
            saveAfterPack[i] = ms(System.nanoTime() - s);
        }
        System.out.printf("saveDraft after the pack: %s%n", summary(saveAfterPack, 0));
        repo.close();
        t = System.nanoTime();
        try (RulesRepository again = RulesRepository.open(work)) {
            System.out.printf("re-open after the run: %.0f ms%n", ms(System.nanoTime() - t));
        }
    }

    private static double[] measure(int n, Supplier<?> op) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            long s = System.nanoTime();
            op.get();
            out[i] = ms(System.nanoTime() - s);
        }
        return out;
    }

    /** p50/p99/max over the samples after {@code warmup}. */
    private static String summary(double[] samples, int warmup) {
        double[] s = Arrays.copyOfRange(samples, Math.min(warmup, samples.length - 1), samples.length);
        Arrays.sort(s);
        return String.format(
                "n=%d p50=%.2f ms p99=%.2f ms max=%.2f ms", s.length, pct(s, 50), pct(s, 99), s[s.length - 1]);
    }

    private static double pct(double[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static long size(Path dir) throws IOException {
        try (var w = Files.walk(dir)) {
            return w.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var w = Files.walk(from)) {
            for (Path p : (Iterable<Path>) w::iterator) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else if (p.getParent().endsWith(Path.of("objects", "pack"))) {
                    // packs are immutable: a hard link avoids writing 400 MB right before measuring fsync latency
                    Files.createLink(dest, p);
                } else {
                    Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var w = Files.walk(dir)) {
            List<Path> all = w.sorted(java.util.Comparator.reverseOrder()).toList();
            for (Path p : all) {
                Files.delete(p);
            }
        }
    }
}
