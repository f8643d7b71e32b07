package org.piu.targeting.sample.bench;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.piu.targeting.engine.rule.NamedList;
import org.piu.targeting.engine.rule.RuleDocument;
import org.piu.targeting.engine.rule.RuleDocuments;
import org.piu.targeting.model.Booking;
import org.piu.targeting.model.FlightManifest;
import org.piu.targeting.model.Passenger;
import org.piu.targeting.model.PassengerType;
import org.piu.targeting.sample.SampleDataExport;
import org.piu.targeting.sample.flight.FlightGenerator;
import org.piu.targeting.sample.flight.FlightGeneratorSettings;
import org.piu.targeting.sample.flight.GeneratedFlight;
import org.piu.targeting.sample.message.FlightMessages;
import org.piu.targeting.sample.message.MessageRenderer;
import org.piu.targeting.sample.rules.RuleGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * End-to-end ingest benchmark against a running PIU on this machine (loopback only), through the real REST API:
 * <pre>
 * IngestBench setup   --base-url URL --password P [--entries 1000000] [--rules 1000] [--csv FILE] [--list NAME]
 *                     loads a generated watchlist (timed: indexing rate) and N generated rules (import, submit,
 *                     approve, publish; each phase timed)
 * IngestBench flights --base-url URL --api-key K [--count 40] [--warmup 5] [--first 1000]
 *                     500-passenger flights, one at a time: PAXLST (3 parts of <=200 persons) then PNRGOV
 *                     (POST /api/v1/messages); latency per message and per flight (PAXLST + PNRGOV)
 * IngestBench stages  --base-url URL --api-key K --password P [--count 15] [--first 5000] [--list NAME]
 *                     the stages of one flight separately: parse only (/messages/parse), screening only of its
 *                     500 passengers (/screening), and a JSON manifest assessment (/assessments: screening + rules
 *                     + archive, no EDIFACT)
 * IngestBench iapi    --base-url URL --api-key K [--count 300] [--warmup 50] [--first 20000] [--onto-flight]
 *                     (POST /api/v1/assessments?passengers=sent: the answer lists the passenger checking in)
 *                     single passengers (POST /api/v1/assessments with a 1-passenger manifest), each on a new flight;
 *                     with --onto-flight each passenger checks in on a flight whose 500-passenger PAXLST was sent
 *                     just before (the realistic iAPI case: the new passenger is merged into the known flight)
 * </pre>
 * Every flight index is used once per data directory (pick a fresh --first per run), so idempotency never answers a
 * repeat from the archive. Requests are sequential: these are latencies of an otherwise idle system.
 */
public final class IngestBench {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long SEED = 1;

    private final Map<String, String> opts;
    /** Reference date of the generated flights: flight keys contain it, so phases with different dates never merge. */
    private final LocalDate day;

    private final java.util.Set<String> flightKeys = new java.util.HashSet<>();
    private final URI base;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    /* the flights of the planted watchlist (SampleDataExport.writeWatchlist with the same seed) */
    private final FlightGenerator flights =
            new FlightGenerator(new FlightGeneratorSettings(Integer.MAX_VALUE, 7, 500, 0.5, true));
    private final MessageRenderer renderer = new MessageRenderer(200);

    private IngestBench(Map<String, String> opts) {
        this.opts = opts;
        this.base = URI.create(opts.getOrDefault("base-url", "http://127.0.0.1:8080"));
        requireLoopback(base);
        this.day = LocalDate.parse(opts.getOrDefault("date", "2026-11-22"));
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println(
                    "usage: IngestBench setup|flights|stages|iapi --base-url http://127.0.0.1:PORT [options] (see class doc)");
            System.exit(2);
        }
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
            String key = args[i].substring(2);
            if (key.equals("onto-flight")) {
                opts.put(key, "true");
            } else if (i + 1 < args.length) {
                opts.put(key, args[++i]);
            } else {
                throw new IllegalArgumentException("option --" + key + " needs a value");
            }
        }
        IngestBench bench = new IngestBench(opts);
        switch (args[0]) {
            case "setup" -> bench.setup();
            case "flights" -> bench.flights();
            case "stages" -> bench.stages();
            case "iapi" -> bench.iapi();
            default -> {
                System.err.println("unknown command " + args[0]);
                System.exit(2);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- setup

    private void setup() throws Exception {
        String list = opts.getOrDefault("list", "bench-1m");
        long entries = Long.parseLong(opts.getOrDefault("entries", "1000000"));
        int rules = Integer.parseInt(opts.getOrDefault("rules", "1000"));
        Path csv = Path.of(opts.getOrDefault("csv", "/tmp/piu-ingest-bench-watchlist-" + entries + ".csv"));
        if (!Files.exists(csv)) {
            long t = System.nanoTime();
            SampleDataExport.writeWatchlist(csv, entries, SEED, 100); // last entries planted for flights 0..99
            System.out.printf("watchlist CSV: %d entries written to %s in %.1f s%n", entries, csv, secs(t));
        }
        if (entries > 0) {
            send(
                    as(
                            "admin",
                            put(
                                    "/api/v1/watchlists/" + list,
                                    "application/json",
                                    "{\"description\":\"ingest benchmark, generated\",\"legalSource\":\"benchmark\",\"category\":\"benchmark\"}")),
                    200);
            long t = System.nanoTime();
            HttpResponse<String> r = http.send(
                    as(
                            "admin",
                            HttpRequest.newBuilder(base.resolve("/api/v1/watchlists/" + list + "/entries"))
                                    .timeout(Duration.ofMinutes(40))
                                    .header("Content-Type", "text/csv")
                                    .POST(HttpRequest.BodyPublishers.ofFile(csv))),
                    HttpResponse.BodyHandlers.ofString());
            double s = secs(t);
            check(r, 200);
            JsonNode report = JSON.readTree(r.body());
            long imported = report.path("imported").asLong();
            System.out.printf(
                    "watchlist %s: %d entries imported (%d rejected) in %.1f s end to end = %.0f entries/s"
                            + " (server-reported %s ms; %.1f MB CSV)%n",
                    list,
                    imported,
                    report.path("rejected").size(),
                    s,
                    imported / s,
                    report.path("millis").asString("?"),
                    Files.size(csv) / 1e6);
        }
        if (rules > 0) {
            loadRules(rules);
        }
    }

    private void loadRules(int count) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        for (NamedList l : RuleGenerator.lists()) {
            files.put("lists/" + l.id() + ".yaml", RuleDocuments.write(l, RuleDocuments.Format.YAML));
        }
        List<RuleDocument> docs = new RuleGenerator(SEED).rules(count);
        for (RuleDocument d : docs) {
            files.put("rules/" + d.id() + ".yaml", RuleDocuments.write(d, RuleDocuments.Format.YAML));
        }
        long t = System.nanoTime();
        List<JsonNode> revisions = new ArrayList<>();
        List<String> paths = new ArrayList<>(files.keySet());
        for (int from = 0; from < paths.size(); from += 250) {
            Map<String, String> chunk = new LinkedHashMap<>();
            paths.subList(from, Math.min(paths.size(), from + 250)).forEach(p -> chunk.put(p, files.get(p)));
            String body = JSON.writeValueAsString(Map.of("files", chunk, "justification", "ingest benchmark rule set"));
            HttpResponse<String> r =
                    send(as("author", post("/api/v1/repository/import", "application/json", body)), 200);
            JSON.readTree(r.body()).forEach(revisions::add);
        }
        System.out.printf("rules: %d assets imported as drafts in %.1f s%n", revisions.size(), secs(t));
        t = System.nanoTime();
        for (JsonNode rev : revisions) {
            send(
                    as(
                            "author",
                            post(
                                    assetPath(rev) + "/submit",
                                    "application/json",
                                    JSON.writeValueAsString(Map.of(
                                            "revision", rev.path("revision").asString(), "comment", "benchmark")))),
                    200);
        }
        System.out.printf("rules: %d submitted in %.1f s%n", revisions.size(), secs(t));
        t = System.nanoTime();
        for (JsonNode rev : revisions) {
            send(
                    as(
                            "approver",
                            post(
                                    assetPath(rev) + "/approve",
                                    "application/json",
                                    JSON.writeValueAsString(Map.of(
                                            "revision", rev.path("revision").asString(), "comment", "benchmark")))),
                    200);
        }
        System.out.printf("rules: %d approved in %.1f s%n", revisions.size(), secs(t));
        t = System.nanoTime();
        HttpResponse<String> published = http.send(
                as(
                        "approver",
                        HttpRequest.newBuilder(base.resolve("/api/v1/releases"))
                                .timeout(Duration.ofMinutes(15))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"justification\":\"ingest benchmark release\"}"))),
                HttpResponse.BodyHandlers.ofString());
        check(published, 201);
        System.out.printf("release published in %.1f s: %s%n", secs(t), abbreviate(published.body(), 300));
        JsonNode active = JSON.readTree(
                send(as("approver", get("/api/v1/releases/active")), 200).body());
        System.out.printf(
                "active release: engine %s, %d rules compiled, %d excluded%n",
                active.path("engineReleaseId").asString(),
                active.path("compiledRules").asInt(),
                active.path("excludedRules").size());
    }

    private static String assetPath(JsonNode rev) {
        String kind = rev.path("asset").path("kind").asString();
        String folder = switch (kind) {
            case "RULE" -> "rules";
            case "LIST" -> "lists";
            case "SCENARIO" -> "scenarios";
            default -> throw new IllegalStateException("unknown asset kind " + kind + " in " + rev);
        };
        return "/api/v1/" + folder + "/" + rev.path("asset").path("id").asString();
    }

    // -------------------------------------------------------------------------------------------- flights

    private void flights() throws Exception {
        int count = intOpt("count", 40);
        int warmup = intOpt("warmup", 5);
        int first = intOpt("first", 1000);
        List<Long> paxlst = new ArrayList<>();
        List<Long> pnrgov = new ArrayList<>();
        List<Long> flight = new ArrayList<>();
        int degraded = 0;
        long watchlistHits = 0;
        long ruleHits = 0;
        long started = System.nanoTime();
        for (int i = 0; i < warmup + count; i++) {
            GeneratedFlight generated = flights.flight(SEED, day, first + i);
            unseen(generated.manifest());
            FlightMessages m = renderer.render(generated);
            long a = timed(pipeline(post("/api/v1/messages", "text/plain; charset=UTF-8", m.paxlst())));
            HttpResponse<String> last = lastResponse;
            long b = timed(pipeline(post("/api/v1/messages", "text/plain; charset=UTF-8", m.pnrgov())));
            JsonNode res =
                    JSON.readTree(lastResponse.body()).path("assessments").path(0);
            if (i == warmup) {
                started = System.nanoTime();
            }
            if (i >= warmup) {
                paxlst.add(a);
                pnrgov.add(b);
                flight.add(a + b);
                if (!"COMPLETE".equals(res.path("screening").asString())
                        || last.body().contains("\"DEGRADED\"")) {
                    degraded++;
                }
                JsonNode totals = res.path("totals");
                watchlistHits += totals.path("watchlistHits").asLong();
                ruleHits += totals.path("ruleHits").asLong();
            }
            if (i == 0) {
                System.out.printf(
                        "first flight %s: PNRGOV answer %s%n", m.flightKey(), abbreviate(lastResponse.body(), 400));
            }
        }
        double wall = secs(started);
        System.out.printf(
                "%d flights of 500 passengers (+crew) after %d warm-up flights, sequential; %d DEGRADED;"
                        + " per flight %.1f watchlist hits and %.1f rule hits on average%n",
                count, warmup, degraded, watchlistHits / (double) count, ruleHits / (double) count);
        System.out.println(summary("PAXLST (3 parts, 500 pax)", paxlst));
        System.out.println(summary("PNRGOV (merged flight)", pnrgov));
        System.out.println(summary("flight = PAXLST + PNRGOV", flight));
        System.out.printf(
                "sequential throughput: %.2f flights/s = %.0f passengers/s (each passenger screened twice:"
                        + " once per message)%n",
                count / wall, count * 500 / wall);
    }

    // --------------------------------------------------------------------------------------------- stages

    private void stages() throws Exception {
        int count = intOpt("count", 15);
        int first = intOpt("first", 5000);
        String list = opts.getOrDefault("list", "bench-1m");
        List<Long> parsePax = new ArrayList<>();
        List<Long> parsePnr = new ArrayList<>();
        List<Long> screen = new ArrayList<>();
        List<Long> assessJson = new ArrayList<>();
        for (int i = 0; i < count + 2; i++) {
            GeneratedFlight f = flights.flight(SEED, day, first + i);
            FlightMessages m = renderer.render(f);
            long a = timed(pipeline(post("/api/v1/messages/parse", "text/plain; charset=UTF-8", m.paxlst())));
            long b = timed(pipeline(post("/api/v1/messages/parse", "text/plain; charset=UTF-8", m.pnrgov())));
            List<Map<String, Object>> persons = new ArrayList<>();
            for (Passenger p : f.manifest().passengers()) {
                Map<String, Object> q = new LinkedHashMap<>();
                q.put("id", p.id());
                q.put("surname", p.surname());
                q.put("givenNames", p.givenNames());
                q.put(
                        "dateOfBirth",
                        p.dateOfBirth() == null ? null : p.dateOfBirth().toString());
                q.put("gender", p.gender());
                q.put("nationality", p.nationality());
                q.put(
                        "documentNumber",
                        p.documents().isEmpty() ? null : p.documents().get(0).number());
                persons.add(q);
            }
            long c = timed(as(
                    "admin",
                    post(
                            "/api/v1/screening",
                            "application/json",
                            JSON.writeValueAsString(Map.of("lists", List.of(list), "persons", persons)))));
            unseen(f.manifest());
            GeneratedFlight fresh = flights.flight(SEED, day, first + 1000 + i); // an unseen flight: no merge
            unseen(fresh.manifest());
            long d = timed(pipeline(post(
                    "/api/v1/assessments",
                    "application/json",
                    RuleDocuments.manifestMapper().writeValueAsString(fresh.manifest()))));
            if (i >= 2) {
                parsePax.add(a);
                parsePnr.add(b);
                screen.add(c);
                assessJson.add(d);
            }
        }
        System.out.printf("stages of a 500-passenger flight (+crew), %d flights after 2 warm-up, sequential:%n", count);
        System.out.println(summary("parse PAXLST over HTTP", parsePax));
        System.out.println(summary("parse PNRGOV over HTTP", parsePnr));
        System.out.println(summary("screening only (/screening)", screen));
        System.out.println(summary("JSON assessment (/assessments)", assessJson));
    }

    // ----------------------------------------------------------------------------------------------- iapi

    private void iapi() throws Exception {
        int count = intOpt("count", 300);
        int warmup = intOpt("warmup", 50);
        int first = intOpt("first", 20000);
        boolean onto = opts.containsKey("onto-flight");
        FlightGenerator single = new FlightGenerator(new FlightGeneratorSettings(Integer.MAX_VALUE, 7, 1, 0.1, false));
        List<Long> latencies = new ArrayList<>();
        List<Long> flightMessages = new ArrayList<>();
        int degraded = 0;
        for (int i = 0; i < warmup + count; i++) {
            FlightManifest manifest;
            if (onto) {
                // the flight's API data arrived earlier; now one more passenger checks in
                GeneratedFlight f = flights.flight(SEED, day, first + i);
                unseen(f.manifest());
                long t = timed(pipeline(post(
                        "/api/v1/messages",
                        "text/plain; charset=UTF-8",
                        renderer.render(f).paxlst())));
                if (i >= warmup) {
                    flightMessages.add(t);
                }
                Passenger p = f.manifest().passengers().getFirst();
                Passenger late = new Passenger(
                        "CHK-" + i,
                        p.surname() + "A",
                        p.givenNames(),
                        p.dateOfBirth(),
                        p.gender(),
                        p.nationality(),
                        p.residence(),
                        PassengerType.PASSENGER,
                        List.of(),
                        null,
                        "1A",
                        p.bags(),
                        p.embarkation(),
                        p.debarkation());
                manifest = new FlightManifest(f.manifest().flight(), List.of(late), List.of());
            } else {
                manifest = onePassenger(single.flight(SEED, day, first + i).manifest());
                unseen(manifest);
            }
            long t = timed(pipeline(post(
                    "/api/v1/assessments?passengers=sent",
                    "application/json",
                    RuleDocuments.manifestMapper().writeValueAsString(manifest))));
            if (i == 0) {
                System.out.println("first answer: " + abbreviate(lastResponse.body(), 400));
            }
            if (i >= warmup) {
                latencies.add(t);
                if (lastResponse.body().contains("\"DEGRADED\"")) {
                    degraded++;
                }
            }
        }
        System.out.printf(
                "iAPI: %d single-passenger assessments after %d warm-up, sequential, %s; %d DEGRADED%n",
                count,
                warmup,
                onto
                        ? "each onto a flight whose 500-passenger PAXLST was assessed just before"
                        : "each on a new flight",
                degraded);
        System.out.println(summary("1-passenger POST /assessments", latencies));
        if (onto) {
            System.out.println(summary("(the 500-passenger PAXLST before)", flightMessages));
        }
    }

    /** Warns when a flight key repeats in this run: the app would merge the flights (and grow the manifest). */
    private void unseen(FlightManifest m) {
        if (!flightKeys.add(m.flight().key())) {
            System.out.println("WARNING: flight key " + m.flight().key()
                    + " repeats in this run: it is merged with the earlier one");
        }
    }

    /** The first passenger (not crew) of a generated flight with their booking only: what a check-in system sends. */
    static FlightManifest onePassenger(FlightManifest m) {
        Passenger p = m.passengers().stream()
                .filter(x -> x.type() == PassengerType.PASSENGER)
                .findFirst()
                .orElse(m.passengers().getFirst());
        List<Booking> bookings = m.bookings().stream()
                .filter(b -> b.passengerIds().contains(p.id()))
                .map(b -> new Booking(
                        b.recordLocator(),
                        b.createdAt(),
                        b.agency(),
                        b.payments(),
                        b.contacts(),
                        b.itinerary(),
                        List.of(p.id())))
                .toList();
        return new FlightManifest(m.flight(), List.of(p), bookings);
    }

    // ------------------------------------------------------------------------------------------------ HTTP

    private HttpResponse<String> lastResponse;

    /** Sends, requires 2xx, keeps the response, returns the latency in nanoseconds. */
    private long timed(HttpRequest request) throws Exception {
        long t = System.nanoTime();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        long latency = System.nanoTime() - t;
        check(r, 200);
        lastResponse = r;
        return latency;
    }

    private HttpResponse<String> send(HttpRequest request, int expected) throws Exception {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        check(r, expected);
        return r;
    }

    private static void check(HttpResponse<String> r, int expected) {
        if (r.statusCode() != expected && !(expected == 200 && r.statusCode() / 100 == 2)) {
            throw new IllegalStateException(r.request().method() + " "
                    + r.request().uri() + " answered " + r.statusCode() + ": " + abbreviate(r.body(), 600));
        }
    }

    private HttpRequest.Builder post(String path, String contentType, String body) {
        return HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", contentType)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder put(String path, String contentType, String body) {
        return HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .GET();
    }

    private HttpRequest as(String user, HttpRequest.Builder b) {
        String password = opts.get("password");
        if (password == null) {
            throw new IllegalArgumentException(
                    "--password (the demo password, PIU_DEMO_PASSWORD) is required for this command");
        }
        return b.header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .build();
    }

    private HttpRequest pipeline(HttpRequest.Builder b) {
        String key = opts.get("api-key");
        if (key == null) {
            throw new IllegalArgumentException(
                    "--api-key (the pipeline key, PIU_DEMO_API_KEY) is required for this command");
        }
        return b.header("X-API-Key", key).build();
    }

    private static void requireLoopback(URI url) {
        try {
            for (InetAddress a : InetAddress.getAllByName(url.getHost())) {
                if (!a.isLoopbackAddress()) {
                    throw new IllegalArgumentException("--base-url must be a loopback address, " + url + " is not");
                }
            }
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException("unknown host in --base-url " + url, e);
        }
    }

    // ------------------------------------------------------------------------------------------- figures

    static String summary(String label, List<Long> nanos) {
        long[] s = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        if (s.length == 0) {
            return label + ": no samples";
        }
        double mean = Arrays.stream(s).average().orElse(0);
        return String.format(
                "%-36s n %4d  p50 %8.1f ms  p90 %8.1f ms  p99 %8.1f ms  max %8.1f ms  mean %8.1f ms",
                label, s.length, ms(pct(s, 0.50)), ms(pct(s, 0.90)), ms(pct(s, 0.99)), ms(s[s.length - 1]), mean / 1e6);
    }

    /** Nearest-rank percentile. */
    static long pct(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private int intOpt(String name, int dflt) {
        return Integer.parseInt(opts.getOrDefault(name, String.valueOf(dflt)));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static double secs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static String abbreviate(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max) + "…";
    }
}
