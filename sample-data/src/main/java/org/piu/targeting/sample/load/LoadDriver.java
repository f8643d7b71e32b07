package org.piu.targeting.sample.load;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.piu.targeting.engine.rule.RuleDocuments;
import org.piu.targeting.sample.flight.FlightGenerator;
import org.piu.targeting.sample.flight.FlightGeneratorSettings;
import org.piu.targeting.sample.flight.GeneratedFlight;
import org.piu.targeting.sample.message.FlightMessages;
import org.piu.targeting.sample.message.MessageRenderer;

/**
 * Sends generated flights to a running PIU on this machine at a fixed rate for a fixed time, as JSON manifests
 * ({@code POST /api/v1/assessments}) or as EDIFACT ({@code POST /api/v1/messages}, a PAXLST and a PNRGOV per
 * flight), authenticated with {@code X-API-Key}; prints count, errors by status and latency p50/p99/max per minute
 * and overall. Every flight is new (its own index of the generator), so idempotency never short-cuts the work.
 * The loop is bounded by the duration; in-flight requests get the timeout to finish, then the driver stops.
 *
 * <pre>java -cp ... org.piu.targeting.sample.load.LoadDriver --api-key KEY --rate 5 --duration 600 --passengers 500</pre>
 */
public final class LoadDriver {

    private final LoadOptions options;
    private final PrintStream out;
    private final HttpClient http;

    public LoadDriver(LoadOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    public static void main(String[] args) throws InterruptedException {
        LoadOptions options;
        try {
            options = LoadOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Result r = new LoadDriver(options, System.out).run();
        System.exit(r.requests() > 0 && r.errors() == 0 ? 0 : 1);
    }

    /** Totals of a run. */
    public record Result(int requests, int errors, int behind) {}

    public Result run() throws InterruptedException {
        FlightGenerator generator = new FlightGenerator(
                new FlightGeneratorSettings(Integer.MAX_VALUE, 7, options.passengers(), 0.1, false));
        MessageRenderer renderer = new MessageRenderer(options.passengers() > 200 ? 200 : 0);
        LatencyWindow overall = new LatencyWindow();
        List<LatencyWindow> minutes = new ArrayList<>();
        Semaphore slots = new Semaphore(options.maxInFlight());
        AtomicInteger errors = new AtomicInteger();
        int behind = 0;
        long intervalNanos = (long) (1_000_000_000L / options.rate());
        long start = System.nanoTime();
        long end = start + options.duration().toNanos();
        out.printf(
                "load: %s %s at %.2f flights/s for %d s, %s passengers per flight%n",
                options.format(),
                options.baseUrl(),
                options.rate(),
                options.duration().toSeconds(),
                options.passengers() == 0 ? "aircraft-sized" : String.valueOf(options.passengers()));
        // Flights are generated and rendered ahead on another thread (a 500-passenger flight takes ~10 ms to
        // generate and ~50 ms to render as EDIFACT), so that pacing is not held up by the generator.
        long planned = (long) Math.ceil(options.duration().toNanos() / (double) intervalNanos);
        BlockingQueue<List<HttpRequest>> ready = new ArrayBlockingQueue<>(64);
        Thread producer = Thread.ofPlatform().daemon().name("load-generator").start(() -> {
            try {
                for (int i = 0; i < planned; i++) {
                    ready.put(requests(generator.flight(options.seed(), options.referenceDate(), i), renderer));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        int printedMinutes = 0;
        for (int i = 0; ; i++) {
            long due = start + i * intervalNanos;
            if (due >= end || System.nanoTime() >= end) {
                break; // bounded: never runs past the duration, even when the system is slower than the rate
            }
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            int minute = (int) ((System.nanoTime() - start) / 60_000_000_000L);
            while (minutes.size() <= minute) {
                minutes.add(new LatencyWindow());
            }
            while (printedMinutes < minute) {
                out.println(minutes.get(printedMinutes).summary("minute " + (printedMinutes + 1)));
                printedMinutes++;
            }
            List<HttpRequest> flightRequests = ready.poll();
            if (flightRequests == null) {
                behind++;
                flightRequests = ready.take();
            }
            for (HttpRequest request : flightRequests) {
                if (!slots.tryAcquire()) {
                    behind++;
                    slots.acquire();
                }
                LatencyWindow window = minutes.get(minute);
                long sent = System.nanoTime();
                CompletableFuture<HttpResponse<String>> f =
                        http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
                f.whenComplete((response, failure) -> {
                    long latency = System.nanoTime() - sent;
                    String status = failure != null
                            ? failure.getClass().getSimpleName()
                            : response.statusCode() / 100 == 2 ? null : String.valueOf(response.statusCode());
                    if (status != null) {
                        errors.incrementAndGet();
                    }
                    window.record(latency, status);
                    overall.record(latency, status);
                    slots.release();
                });
            }
        }
        producer.interrupt();
        if (!slots.tryAcquire(options.maxInFlight(), options.timeout().toMillis() + 1000, TimeUnit.MILLISECONDS)) {
            out.println("some requests did not finish within the timeout; they are not counted");
        }
        for (int m = printedMinutes; m < minutes.size(); m++) {
            out.println(minutes.get(m).summary("minute " + (m + 1)));
        }
        out.println(overall.summary("overall"));
        if (behind > 0) {
            out.printf(
                    "the driver fell behind the rate %d times (waiting for a free slot of --max-in-flight %d, or for the"
                            + " generator): the achieved rate is below the requested one%n",
                    behind, options.maxInFlight());
        }
        return new Result(overall.count(), errors.get(), behind);
    }

    private List<HttpRequest> requests(GeneratedFlight flight, MessageRenderer renderer) {
        if (options.format() == LoadOptions.Format.JSON) {
            String body = RuleDocuments.manifestMapper().writeValueAsString(flight.manifest());
            return List.of(request("/api/v1/assessments", "application/json", body));
        }
        FlightMessages m = renderer.render(flight);
        return List.of(
                request("/api/v1/messages", "text/plain; charset=UTF-8", m.paxlst()),
                request("/api/v1/messages", "text/plain; charset=UTF-8", m.pnrgov()));
    }

    private HttpRequest request(String path, String contentType, String body) {
        return HttpRequest.newBuilder(URI.create(options.baseUrl() + path))
                .timeout(options.timeout())
                .header("X-API-Key", options.apiKey())
                .header("Content-Type", contentType)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }
}
