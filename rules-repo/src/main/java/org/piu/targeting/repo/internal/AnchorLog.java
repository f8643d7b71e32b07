package org.piu.targeting.repo.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Append-only, hash-chained record of every ref value the repository wrote ({@code piu-anchors.log} in the
 * repository directory). It lives outside the refs on purpose: a forced ref update rewrites a ref, not this file,
 * so {@link HistoryVerifier verify} can show that an anchored commit is no
 * longer reachable. Each line is {@code seq TAB time TAB ref TAB object-id TAB previous-hash TAB hash} where
 * hash = SHA-256 of the first five fields; the first line's previous hash is 64 zeros.
 */
final class AnchorLog {

    static final String FILE_NAME = "piu-anchors.log";
    static final String GENESIS = "0".repeat(64);

    /** One parsed line; {@code lineNumber} is 1-based. */
    record Anchor(
            int lineNumber, long seq, Instant time, String ref, String objectId, String previousHash, String hash) {}

    private final Path file;
    private long lastSeq;
    private String lastHash = GENESIS;

    AnchorLog(Path file) {
        this.file = file;
        dropTornLastLine();
        List<Anchor> anchors = read().anchors();
        if (!anchors.isEmpty()) {
            Anchor last = anchors.get(anchors.size() - 1);
            lastSeq = last.seq();
            lastHash = last.hash();
        }
    }

    Path file() {
        return file;
    }

    /**
     * A crash in the middle of {@link #append} leaves a last line without its newline. That line was never
     * acknowledged (append returns after the fsync), so it is cut off; left in place it would break the chain for
     * every later line.
     */
    private void dropTornLastLine() {
        if (!Files.exists(file)) {
            return;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = ch.size();
            if (size == 0) {
                return;
            }
            ByteBuffer last = ByteBuffer.allocate(1);
            ch.read(last, size - 1);
            if (last.get(0) == '\n') {
                return;
            }
            long keep = 0;
            ByteBuffer buf = ByteBuffer.allocate((int) Math.min(size, 1 << 16));
            for (long pos = size - 1; pos >= 0 && keep == 0; ) {
                long from = Math.max(0, pos - buf.capacity() + 1);
                buf.clear().limit((int) (pos - from + 1));
                ch.read(buf, from);
                for (int i = buf.position() - 1; i >= 0; i--) {
                    if (buf.get(i) == '\n') {
                        keep = from + i + 1;
                        break;
                    }
                }
                if (from == 0) {
                    break;
                }
                pos = from - 1;
            }
            LoggerFactory.getLogger(AnchorLog.class)
                    .warn(
                            "{}: dropping {} bytes of a torn last line"
                                    + " (crash during an append that was never acknowledged)",
                            file,
                            size - keep);
            ch.truncate(keep);
            ch.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot repair anchor log " + file, e);
        }
    }

    /** Appends and fsyncs one anchor; callers hold the repository's write lock. */
    synchronized void append(String ref, String objectId, Instant time) {
        long seq = lastSeq + 1;
        String fields = seq + "\t" + time + "\t" + ref + "\t" + objectId + "\t" + lastHash;
        String hash = sha256(fields);
        byte[] line = (fields + "\t" + hash + "\n").getBytes(StandardCharsets.UTF_8);
        try (FileChannel ch = FileChannel.open(
                file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ByteBuffer buf = ByteBuffer.wrap(line);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to anchor log " + file, e);
        }
        lastSeq = seq;
        lastHash = hash;
    }

    /** Result of reading the log: the lines that parse and chain correctly, and where the chain breaks. */
    record ReadResult(List<Anchor> anchors, List<String> problems) {}

    ReadResult read() {
        List<Anchor> anchors = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (!Files.exists(file)) {
            return new ReadResult(anchors, problems);
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read anchor log " + file, e);
        }
        String previous = GENESIS;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int lineNumber = i + 1;
            String[] f = line.split("\t");
            if (f.length != 6) {
                if (i == lines.size() - 1) {
                    problems.add(FILE_NAME + " line " + lineNumber + ": torn last line (crash during append?)");
                } else {
                    problems.add(FILE_NAME + " line " + lineNumber + ": malformed, expected 6 tab-separated fields");
                }
                break;
            }
            String fields = String.join("\t", f[0], f[1], f[2], f[3], f[4]);
            if (!f[4].equals(previous)) {
                problems.add(FILE_NAME + " line " + lineNumber + ": previous-hash " + f[4]
                        + " does not match the hash of line " + (lineNumber - 1) + " (" + previous
                        + "): lines were removed, reordered or edited");
                break;
            }
            if (!sha256(fields).equals(f[5])) {
                problems.add(FILE_NAME + " line " + lineNumber + ": hash mismatch, the line was edited");
                break;
            }
            anchors.add(new Anchor(lineNumber, Long.parseLong(f[0]), Instant.parse(f[1]), f[2], f[3], f[4], f[5]));
            previous = f[5];
        }
        return new ReadResult(anchors, problems);
    }

    static String sha256(String s) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
