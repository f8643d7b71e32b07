package org.piu.targeting.workbench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Base of the tests that talk to the running application over HTTP, as the pipeline and the browser do. */
@WorkbenchIntegrationTest
public abstract class IntegrationTestBase {

    @LocalServerPort
    protected int port;

    protected static final tools.jackson.databind.json.JsonMapper JSON =
            tools.jackson.databind.json.JsonMapper.builder().build();

    protected final HttpClient http = HttpClient.newHttpClient();

    protected static tools.jackson.databind.JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        WorkbenchIntegrationTest.Properties.register(registry);
    }

    protected URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    protected HttpRequest.Builder as(String user, String path) {
        String basic = Base64.getEncoder()
                .encodeToString((user + ":" + WorkbenchIntegrationTest.PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(url(path)).header("Authorization", "Basic " + basic);
    }

    protected HttpRequest.Builder asPipeline(String path) {
        return HttpRequest.newBuilder(url(path)).header("X-API-Key", WorkbenchIntegrationTest.API_KEY);
    }

    protected HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
