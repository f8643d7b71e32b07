package org.piu.targeting.sample.load;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the load driver does: where to (loopback only), with which key, in which format, how fast and how long.
 *
 * @param rate          flights per second (JSON: one request per flight; EDIFACT: a PAXLST and a PNRGOV request)
 * @param maxInFlight   requests in flight at most; beyond that the driver waits (and reports that it fell behind)
 */
public record LoadOptions(
        URI baseUrl,
        String apiKey,
        Format format,
        double rate,
        Duration duration,
        int passengers,
        long seed,
        LocalDate referenceDate,
        int maxInFlight,
        Duration timeout) {

    public enum Format {
        JSON,
        EDIFACT
    }

    public static final String USAGE = """
            usage: LoadDriver --api-key KEY [--base-url http://localhost:8080] [--format json|edifact]
                              [--rate FLIGHTS_PER_SECOND (default 2)] [--duration SECONDS (default 60)]
                              [--passengers N (0 = aircraft-sized, default 0, at most 500)] [--seed N]
                              [--reference-date YYYY-MM-DD (default 2026-11-22)] [--max-in-flight N (default 16)]
                              [--timeout SECONDS (default 30)]
            Sends generated flights to a running PIU on this machine (loopback addresses only) and prints count,
            errors by status and latency p50/p99/max per minute and overall; stops by itself after the duration.""";

    public LoadOptions {
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("--api-key is required (the pipeline key printed on first start)");
        }
        if (rate <= 0 || rate > 1000) {
            throw new IllegalArgumentException(
                    "--rate must be above 0 and at most 1000 flights per second, got " + rate);
        }
        if (duration.isNegative() || duration.isZero() || duration.compareTo(Duration.ofHours(24)) > 0) {
            throw new IllegalArgumentException(
                    "--duration must be 1 second to 24 hours, got " + duration.toSeconds() + " s");
        }
        if (passengers < 0 || passengers > 500) {
            throw new IllegalArgumentException("--passengers must be 0 (aircraft-sized) to 500, got " + passengers);
        }
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("--max-in-flight must be at least 1, got " + maxInFlight);
        }
        requireLoopback(baseUrl);
    }

    /** Refuses anything but http(s) to a loopback address: this tool generates load, it must not aim elsewhere. */
    static void requireLoopback(URI url) {
        if (url == null
                || url.getHost() == null
                || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
            throw new IllegalArgumentException("--base-url must be http(s)://HOST[:PORT], got " + url);
        }
        try {
            for (InetAddress a : InetAddress.getAllByName(url.getHost())) {
                if (!a.isLoopbackAddress()) {
                    throw new IllegalArgumentException("--base-url " + url + " resolves to " + a.getHostAddress()
                            + ", which is not a loopback address: the load driver only targets this machine");
                }
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--base-url host " + url.getHost() + " is unknown", e);
        }
    }

    public static LoadOptions parse(String... args) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + a + "'\n" + USAGE);
            }
            int eq = a.indexOf('=');
            if (eq > 0) {
                m.put(a.substring(2, eq), a.substring(eq + 1));
            } else if (i + 1 < args.length) {
                m.put(a.substring(2), args[++i]);
            } else {
                throw new IllegalArgumentException("option " + a + " needs a value\n" + USAGE);
            }
        }
        for (String k : m.keySet()) {
            if (!java.util.Set.of(
                            "base-url",
                            "api-key",
                            "format",
                            "rate",
                            "duration",
                            "passengers",
                            "seed",
                            "reference-date",
                            "max-in-flight",
                            "timeout")
                    .contains(k)) {
                throw new IllegalArgumentException("unknown option --" + k + "\n" + USAGE);
            }
        }
        try {
            String base = m.getOrDefault("base-url", "http://localhost:8080");
            return new LoadOptions(
                    URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base),
                    m.get("api-key"),
                    Format.valueOf(m.getOrDefault("format", "json").toUpperCase(java.util.Locale.ROOT)),
                    Double.parseDouble(m.getOrDefault("rate", "2")),
                    Duration.ofSeconds(Long.parseLong(m.getOrDefault("duration", "60"))),
                    Integer.parseInt(m.getOrDefault("passengers", "0")),
                    Long.parseLong(m.getOrDefault("seed", "1")),
                    LocalDate.parse(m.getOrDefault("reference-date", "2026-11-22")),
                    Integer.parseInt(m.getOrDefault("max-in-flight", "16")),
                    Duration.ofSeconds(Long.parseLong(m.getOrDefault("timeout", "30"))));
        } catch (NumberFormatException | java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("bad option value: " + e.getMessage() + "\n" + USAGE, e);
        }
    }
}
