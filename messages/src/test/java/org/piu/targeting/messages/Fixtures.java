package org.piu.targeting.messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Sample messages under src/test/resources/messages and a parser with a fixed clock. */
public final class Fixtures {
    public static final List<String> ALL = List.of(
            "paxlst-d05b-multileg.edi",
            "paxlst-d02b-crew.edi",
            "paxlst-d12b-custom-separators.edi",
            "paxlst-multipart.edi",
            "pnrgov-11-1-full.edi",
            "pnrgov-13-1-update.edi");

    private Fixtures() {}

    public static MessageParser parser() {
        return new MessageParser(Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC));
    }

    public static String load(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/messages/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test message " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
