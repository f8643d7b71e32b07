package org.piu.targeting.matching.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * An Elasticsearch distribution unpacked once under the node's home and reused by later starts (which is why a
 * second start of the application is faster than the first).
 */
final class Distribution {

    private static final String MARKER = ".piu-unpacked";

    private Distribution() {}

    /** Returns the distribution's root folder (the one containing bin/ and lib/), unpacking the zip if needed. */
    static Path prepare(Path distribution, Path home) {
        if (Files.isDirectory(distribution)) {
            requireLayout(distribution);
            return distribution;
        }
        if (!Files.isRegularFile(distribution)) {
            throw new ElasticsearchStartException("Elasticsearch distribution not found at " + distribution
                    + ": run the build (./piu run or ./piu test resolve "
                    + LocalElasticsearchSettings.mavenCoordinates()
                    + " from Maven Central) or set piu.elasticsearch.distribution");
        }
        Path target = home.resolve("dist");
        Path root = target.resolve("elasticsearch-" + LocalElasticsearchSettings.VERSION);
        if (Files.exists(target.resolve(MARKER))) {
            return root;
        }
        try {
            deleteRecursively(target);
            Files.createDirectories(target);
            unzip(distribution, target);
            makeExecutable(root.resolve("bin"));
            Files.writeString(target.resolve(MARKER), distribution.toString());
        } catch (IOException e) {
            throw new ElasticsearchStartException(
                    "cannot unpack " + distribution + " into " + target + ": " + e
                            + " (check free disk space and permissions of " + home + ")",
                    e);
        }
        requireLayout(root);
        return root;
    }

    private static void requireLayout(Path root) {
        if (!Files.isRegularFile(root.resolve("bin/elasticsearch"))) {
            throw new ElasticsearchStartException(
                    root + " is not an Elasticsearch distribution (no bin/elasticsearch)");
        }
    }

    private static void unzip(Path zip, Path target) throws IOException {
        Path normalizedTarget = target.toAbsolutePath().normalize();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            var entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path out = normalizedTarget.resolve(entry.getName()).normalize();
                if (!out.startsWith(normalizedTarget)) {
                    throw new IOException("zip entry escapes the target folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** java.util.zip drops Unix modes; the launch scripts are the only files that need the execute bit. */
    private static void makeExecutable(Path bin) throws IOException {
        try (Stream<Path> files = Files.list(bin)) {
            files.filter(Files::isRegularFile).forEach(f -> {
                if (!f.toFile().setExecutable(true, false)) {
                    throw new UncheckedIOException(new IOException("cannot make " + f + " executable"));
                }
            });
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
