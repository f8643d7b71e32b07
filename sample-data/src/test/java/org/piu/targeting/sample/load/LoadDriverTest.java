package org.piu.targeting.sample.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.piu.targeting.engine.rule.RuleDocuments;
import org.piu.targeting.model.FlightManifest;
import org.piu.targeting.sample.flight.FlightGenerator;
import org.piu.targeting.sample.flight.FlightGeneratorSettings;
import org.piu.targeting.sample.flight.GeneratedFlight;

class LoadDriverTest {

    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void manifests_round_trip_through_jackson_with_iso_times() {
        GeneratedFlight f =
                new FlightGenerator(FlightGeneratorSettings.sample()).flight(1, LocalDate.of(2026, 11, 22), 0);
        String json = RuleDocuments.manifestMapper().writeValueAsString(f.manifest());
        String departure =
                f.manifest().flight().departure().format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        assertThat(json.contains("\"departure\":\"" + departure + "\""))
                .as("departure as ISO text " + departure)
                .isTrue();
        assertThat(java.util.regex.Pattern.compile("\"dateOfBirth\":\"\\d{4}-\\d{2}-\\d{2}\"")
                        .matcher(json)
                        .find())
                .isTrue();
        FlightManifest back = RuleDocuments.manifestMapper().readValue(json, FlightManifest.class);
        assertThat(back).isEqualTo(f.manifest());
    }

    @Test
    void sends_flights_at_the_rate_and_reports_errors_by_status() throws Exception {
        List<String> bodies = new CopyOnWriteArrayList<>();
        List<String> keys = new CopyOnWriteArrayList<>();
        AtomicInteger n = new AtomicInteger();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/assessments", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            keys.add(exchange.getRequestHeaders().getFirst("X-API-Key"));
            int status = n.incrementAndGet() % 5 == 0 ? 429 : 200;
            byte[] answer = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        LoadOptions options = new LoadOptions(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
                "k-123",
                LoadOptions.Format.JSON,
                10,
                Duration.ofSeconds(2),
                20,
                4,
                LocalDate.of(2026, 11, 22),
                4,
                Duration.ofSeconds(5));
        LoadDriver.Result result =
                new LoadDriver(options, new PrintStream(printed, true, StandardCharsets.UTF_8)).run();

        assertThat(result.requests()).isEqualTo(20);
        assertThat(result.errors()).isEqualTo(4);
        assertThat(keys).containsOnly("k-123");
        assertThat(bodies.stream()
                        .map(b -> RuleDocuments.manifestMapper()
                                .readValue(b, FlightManifest.class)
                                .flight()
                                .key())
                        .distinct())
                .hasSize(20);
        String report = printed.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("overall").contains("{429=4}").contains("p99");
    }

    @Test
    void refuses_targets_that_are_not_on_this_machine() {
        assertThatThrownBy(() -> LoadOptions.parse("--api-key", "k", "--base-url", "http://10.20.30.40:8080"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("loopback");
        assertThat(LoadOptions.parse("--api-key", "k", "--base-url", "http://localhost:9999/")
                        .baseUrl())
                .isEqualTo(URI.create("http://localhost:9999"));
    }
}
