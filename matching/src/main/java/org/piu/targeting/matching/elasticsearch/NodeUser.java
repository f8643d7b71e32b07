package org.piu.targeting.matching.elasticsearch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Who the node runs as. Elasticsearch refuses to run as root, so when the application is root the node runs as a
 * dedicated system user ({@value LocalElasticsearchSettings#SYSTEM_USER}), created once, through setpriv.
 */
final class NodeUser {

    private final boolean root;

    private NodeUser(boolean root) {
        this.root = root;
    }

    static NodeUser current() {
        return new NodeUser("root".equals(System.getProperty("user.name")) || uid() == 0);
    }

    boolean switchesUser() {
        return root;
    }

    /** Makes sure the system user exists and owns the node's folders, which it must be able to reach. */
    void prepare(Path home, List<Path> ownedByNode) {
        if (!root) {
            return;
        }
        if (run(List.of("getent", "passwd", LocalElasticsearchSettings.SYSTEM_USER)) != 0) {
            int created = run(List.of(
                    "useradd",
                    "--system",
                    "--user-group",
                    "--no-create-home",
                    "--home-dir",
                    "/nonexistent",
                    "--shell",
                    "/usr/sbin/nologin",
                    LocalElasticsearchSettings.SYSTEM_USER));
            if (created != 0 && run(List.of("getent", "passwd", LocalElasticsearchSettings.SYSTEM_USER)) != 0) {
                throw new ElasticsearchStartException(
                        "cannot create the system user " + LocalElasticsearchSettings.SYSTEM_USER
                                + " that runs Elasticsearch (Elasticsearch refuses to run as root): useradd failed");
            }
        }
        requireTraversable(home.toAbsolutePath());
        for (Path p : ownedByNode) {
            String owner = LocalElasticsearchSettings.SYSTEM_USER + ":" + LocalElasticsearchSettings.SYSTEM_USER;
            if (run(List.of("chown", "-R", owner, p.toString())) != 0) {
                throw new ElasticsearchStartException("cannot hand " + p + " to the user " + owner);
            }
        }
    }

    /** The command prefix that drops root before exec'ing Elasticsearch (the pid stays the same). */
    List<String> commandPrefix() {
        if (!root) {
            return List.of();
        }
        return List.of(
                "setpriv",
                "--reuid=" + LocalElasticsearchSettings.SYSTEM_USER,
                "--regid=" + LocalElasticsearchSettings.SYSTEM_USER,
                "--init-groups",
                "--");
    }

    /** Every folder above the node's home must let other users through, or the node cannot open its files. */
    private static void requireTraversable(Path home) {
        List<Path> blocked = new ArrayList<>();
        for (Path p = home.getParent(); p != null; p = p.getParent()) {
            try {
                if (!Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    blocked.add(p);
                }
            } catch (IOException | UnsupportedOperationException e) {
                // can't tell: let Elasticsearch report it
            }
        }
        if (!blocked.isEmpty()) {
            throw new ElasticsearchStartException(
                    "Elasticsearch runs as the user " + LocalElasticsearchSettings.SYSTEM_USER
                            + ", which cannot enter " + blocked + " on the way to " + home
                            + ": put the data directory (piu.data-dir) somewhere other users can reach, e.g. /var/lib/piu");
        }
    }

    private static int run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1;
            }
            return p.exitValue();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static long uid() {
        try {
            Process p = new ProcessBuilder("id", "-u").start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            p.waitFor(10, TimeUnit.SECONDS);
            return Long.parseLong(out);
        } catch (IOException | NumberFormatException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
