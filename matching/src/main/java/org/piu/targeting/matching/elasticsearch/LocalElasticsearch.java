package org.piu.targeting.matching.elasticsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Elasticsearch on 127.0.0.1, started from the distribution Maven resolved, for the application
 * when no external cluster is configured and for integration tests. Security is off because the node listens on
 * loopback only. The node is stopped by {@link #close()} and, failing that, when this JVM exits; a node left behind
 * by a killed JVM is found through its pid file and stopped at the next start.
 */
public final class LocalElasticsearch implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalElasticsearch.class);
    private static final long MIN_FREE_DISK = 512L * 1024 * 1024;

    private final LocalElasticsearchSettings settings;
    private final Process process;
    private final URI httpUri;
    private final Thread shutdownHook;

    private LocalElasticsearch(LocalElasticsearchSettings settings, Process process, URI httpUri) {
        this.settings = settings;
        this.process = process;
        this.httpUri = httpUri;
        this.shutdownHook = new Thread(this::stop, "piu-elasticsearch-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts a node and waits until its cluster health is yellow or green. */
    public static LocalElasticsearch start(LocalElasticsearchSettings settings) {
        Path home = settings.home().toAbsolutePath();
        Path config = home.resolve("config");
        Path data = home.resolve("data");
        Path logs = home.resolve("logs");
        Path tmp = home.resolve("tmp");
        Path pidFile = home.resolve("elasticsearch.pid");
        try {
            Files.createDirectories(home);
            requireFreeDisk(home);
            stopLeftover(pidFile);
            Path dist = Distribution.prepare(settings.distribution(), home);
            prepareConfig(dist, config);
            for (Path dir : List.of(data, logs, tmp)) {
                Files.createDirectories(dir);
            }
            Files.deleteIfExists(pidFile);
            NodeUser user = NodeUser.current();
            user.prepare(home, List.of(config, data, logs, tmp, home));
            int httpPort = settings.httpPort() == 0 ? freePort() : requireFreePort(settings.httpPort());
            int transportPort = freePort();

            List<String> command = new ArrayList<>(user.commandPrefix());
            command.add(dist.resolve("bin/elasticsearch").toString());
            command.addAll(List.of("-p", pidFile.toString(), "-q"));
            Map.of(
                            "cluster.name",
                            "piu-targeting",
                            "node.name",
                            "piu-local",
                            "path.data",
                            data.toString(),
                            "path.logs",
                            logs.toString(),
                            "network.host",
                            "127.0.0.1",
                            "http.port",
                            Integer.toString(httpPort),
                            "transport.port",
                            Integer.toString(transportPort),
                            "discovery.type",
                            "single-node",
                            "xpack.security.enabled",
                            "false",
                            "action.auto_create_index",
                            "false")
                    .forEach((k, v) -> command.add("-E" + k + "=" + v));

            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            logs.resolve("console.log").toFile()));
            builder.environment().put("ES_JAVA_HOME", settings.javaHome().toString());
            builder.environment().put("ES_PATH_CONF", config.toString());
            builder.environment().put("ES_TMPDIR", tmp.toString());
            builder.environment().put("ES_JAVA_OPTS", "-Xms" + settings.heap() + " -Xmx" + settings.heap());
            builder.environment().remove("JAVA_TOOL_OPTIONS");
            builder.environment().remove("JAVA_HOME");

            URI uri = URI.create("http://127.0.0.1:" + httpPort);
            log.info(
                    "starting Elasticsearch {} on {} (home {}, heap {}{})",
                    LocalElasticsearchSettings.VERSION,
                    uri,
                    home,
                    settings.heap(),
                    user.switchesUser() ? ", as user " + LocalElasticsearchSettings.SYSTEM_USER : "");
            Instant started = Instant.now();
            Process process = builder.start();
            LocalElasticsearch node = new LocalElasticsearch(settings, process, uri);
            try {
                node.awaitHealthy(started.plus(settings.startTimeout()));
            } catch (RuntimeException e) {
                node.close();
                throw e;
            }
            log.info(
                    "Elasticsearch is up on {} after {} s",
                    uri,
                    Duration.between(started, Instant.now()).toSeconds());
            return node;
        } catch (IOException e) {
            throw new ElasticsearchStartException(
                    "cannot prepare Elasticsearch under " + home + ": " + e.getMessage(), e);
        }
    }

    public URI httpUri() {
        return httpUri;
    }

    public LocalElasticsearchSettings settings() {
        return settings;
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    /** The node's process and the server JVM it spawned. */
    public List<ProcessHandle> processes() {
        List<ProcessHandle> all = new ArrayList<>();
        all.add(process.toHandle());
        process.descendants().forEach(all::add);
        return all;
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or ran: nothing left to remove
        }
    }

    private synchronized void stop() {
        List<ProcessHandle> all = processes();
        if (all.stream().noneMatch(ProcessHandle::isAlive)) {
            return;
        }
        log.info("stopping Elasticsearch on {}", httpUri);
        // SIGTERM to the CLI process lets Elasticsearch shut down cleanly (it flushes and releases the node lock)
        process.destroy();
        waitFor(all, Duration.ofSeconds(30));
        all.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        waitFor(all, Duration.ofSeconds(10));
    }

    private static void waitFor(List<ProcessHandle> handles, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline) && handles.stream().anyMatch(ProcessHandle::isAlive)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void awaitHealthy(Instant deadline) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(
                        httpUri.resolve("/_cluster/health?wait_for_status=yellow&timeout=2s"))
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new ElasticsearchStartException(
                        "Elasticsearch exited with code " + process.exitValue() + " while starting. " + lastLogLines());
            }
            try {
                HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && !response.body().contains("\"status\":\"red\"")) {
                    return;
                }
            } catch (IOException notYetListening) {
                // keep polling until the deadline
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ElasticsearchStartException("interrupted while waiting for Elasticsearch to start", e);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ElasticsearchStartException("interrupted while waiting for Elasticsearch to start", e);
            }
        }
        throw new ElasticsearchStartException("Elasticsearch did not report healthy within "
                + settings.startTimeout().toSeconds() + " s. " + lastLogLines());
    }

    /** The tail of the node's console and server logs, so a start failure explains itself. */
    private String lastLogLines() {
        Path logs = settings.home().toAbsolutePath().resolve("logs");
        StringBuilder out =
                new StringBuilder("Last lines of its logs in ").append(logs).append(':');
        // the server log is named after cluster.name
        for (Path file : List.of(logs.resolve("console.log"), logs.resolve("piu-targeting.log"))) {
            try {
                if (Files.exists(file)) {
                    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                    lines.subList(Math.max(0, lines.size() - 15), lines.size())
                            .forEach(l -> out.append(System.lineSeparator())
                                    .append("  ")
                                    .append(l));
                }
            } catch (IOException | UncheckedIOException e) {
                out.append(System.lineSeparator())
                        .append("  (cannot read ")
                        .append(file)
                        .append(": ")
                        .append(e)
                        .append(')');
            }
        }
        return out.toString();
    }

    private static void requireFreeDisk(Path home) throws IOException {
        long free = Files.getFileStore(home).getUsableSpace();
        if (free < MIN_FREE_DISK) {
            throw new ElasticsearchStartException("only " + free / (1024 * 1024) + " MB free on the disk of " + home
                    + "; Elasticsearch needs at least " + MIN_FREE_DISK / (1024 * 1024) + " MB: free some space");
        }
    }

    private static void prepareConfig(Path dist, Path config) throws IOException {
        Files.createDirectories(config);
        try (Stream<Path> files = Files.walk(dist.resolve("config"))) {
            for (Path source : files.toList()) {
                Path target =
                        config.resolve(dist.resolve("config").relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!Files.exists(target)) {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /** A node whose JVM was killed (SIGKILL) is still holding the data folder: stop it before starting anew. */
    private static void stopLeftover(Path pidFile) throws IOException {
        if (!Files.exists(pidFile)) {
            return;
        }
        String content = Files.readString(pidFile).trim();
        try {
            Optional<ProcessHandle> leftover = ProcessHandle.of(Long.parseLong(content));
            leftover.filter(ProcessHandle::isAlive)
                    .filter(h -> h.info().commandLine().orElse("").contains("org.elasticsearch"))
                    .ifPresent(h -> {
                        log.warn("stopping Elasticsearch left over by an earlier run (pid {})", h.pid());
                        h.parent()
                                .filter(p -> p.info().commandLine().orElse("").contains("elasticsearch"))
                                .ifPresent(ProcessHandle::destroy);
                        h.destroy();
                        waitFor(List.of(h), Duration.ofSeconds(30));
                        h.destroyForcibly();
                        waitFor(List.of(h), Duration.ofSeconds(10));
                    });
        } catch (NumberFormatException e) {
            log.warn("ignoring unreadable pid file {}", pidFile);
        }
        Files.deleteIfExists(pidFile);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static int requireFreePort(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new ElasticsearchStartException("port " + port + " on 127.0.0.1 is already in use: stop whatever"
                    + " listens there or choose another port for Elasticsearch (0 picks a free one)");
        }
    }
}
