package org.piu.targeting.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;

class HealthAndSecurityTest extends IntegrationTestBase {

    @Test
    void health_is_up_with_elasticsearch_and_rules_repository_components() {
        var response = send(HttpRequest.newBuilder(url("/actuator/health")));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"status\":\"UP\"")
                .contains("\"elasticsearch\":{\"status\":\"UP\"")
                .contains("\"rulesRepository\":{\"status\":\"UP\"");
    }

    @Test
    void openapi_document_describes_the_v1_api() {
        var response = send(HttpRequest.newBuilder(url("/v3/api-docs")));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"openapi\"").contains("/api/v1/");
    }

    @Test
    void the_workbench_stylesheet_is_served_before_sign_in() {
        var response = send(HttpRequest.newBuilder(url("/piu.css")));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(".severity-HIGH");
    }

    @Test
    void api_without_credentials_is_a_401_problem() {
        var response = send(HttpRequest.newBuilder(url("/api/v1/catalog/fields")));
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(ct -> assertThat(ct).startsWith("application/problem+json"));
        assertThat(response.body()).contains("X-API-Key");
    }

    @Test
    void wrong_password_is_refused() {
        var response = send(HttpRequest.newBuilder(url("/api/v1/catalog/fields"))
                .header(
                        "Authorization",
                        "Basic " + java.util.Base64.getEncoder().encodeToString("author:nope".getBytes())));
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void pipeline_key_may_not_read_rules() {
        var response = send(asPipeline("/api/v1/catalog/fields"));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("role");
    }

    @Test
    void unknown_api_key_is_a_401() {
        var response = send(HttpRequest.newBuilder(url("/api/v1/assessments"))
                .header("X-API-Key", "piu_forged_key_123456789012345")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("unknown or revoked");
    }

    @Test
    void initial_credentials_are_kept_private() throws Exception {
        var file = WorkbenchIntegrationTest.Properties.dataDir().resolve("initial-credentials.txt");
        assertThat(Files.readString(file)).contains("approver").contains(WorkbenchIntegrationTest.API_KEY);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(Files.readString(
                        WorkbenchIntegrationTest.Properties.dataDir().resolve("accounts.json")))
                .doesNotContain(WorkbenchIntegrationTest.PASSWORD)
                .doesNotContain(WorkbenchIntegrationTest.API_KEY);
    }
}
