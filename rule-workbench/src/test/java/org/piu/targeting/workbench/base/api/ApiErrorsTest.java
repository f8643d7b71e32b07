package org.piu.targeting.workbench.base.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.piu.targeting.workbench.IntegrationTestBase;
import tools.jackson.databind.JsonNode;

/**
 * What a client of the API gets when it calls it wrongly, over HTTP against the running application: always a problem
 * document with the right status — never the workbench's HTML page, a redirect to the sign-in page or an empty 403 —
 * for signed-in and anonymous callers alike (an anonymous call is a 401 first).
 */
class ApiErrorsTest extends IntegrationTestBase {

    private static final String MANIFEST = """
            {"flight": {"carrier": "9U", "number": "4711", "origin": "IST", "destination": "KIV",
                        "departure": "2026-12-01T07:40:00+03:00"},
             "passengers": [{"id": "P1", "surname": "RUSU", "givenNames": "ANA", "bags": {"weightKg": 23}},
                            {"id": "P2", "surname": "RUSU", "givenNames": "ION", "dateOfBirth": "02.03.1985"}]}
            """;

    private static JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .as(response.body())
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json(response);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asString()).doesNotContainPattern(MalformedBodiesApiTest.JAVA_TEXT.pattern());
        return problem;
    }

    private HttpRequest.Builder anonymous(String path) {
        return HttpRequest.newBuilder(url(path));
    }

    @Test
    void an_unknown_path_under_api_is_a_404_problem_not_the_workbench_page() {
        JsonNode get = problem(send(as("author", "/api/v1/no-such-thing")), 404);
        assertThat(get.path("detail").asString())
                .contains("GET /api/v1/no-such-thing")
                .contains("/v3/api-docs");
        problem(send(as("admin", "/api/v2/assessments").POST(HttpRequest.BodyPublishers.ofString("{}"))), 404);
        problem(send(asPipeline("/api/v1/assessments/x").POST(HttpRequest.BodyPublishers.ofString("{}"))), 403);
        problem(send(anonymous("/api/v1/no-such-thing")), 401);
    }

    @Test
    void a_wrong_method_is_a_405_problem_naming_the_allowed_ones() {
        var response = send(as("author", "/api/v1/catalog/fields").DELETE());
        JsonNode problem = problem(response, 405);
        assertThat(problem.path("detail").asString()).contains("DELETE").contains("GET");
        assertThat(response.headers().firstValue("Allow"))
                .hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
        problem(send(asPipeline("/api/v1/assessments").GET()), 403);
        problem(send(as("admin", "/api/v1/assessments").GET()), 405);
        problem(send(anonymous("/api/v1/catalog/fields").DELETE()), 401);
    }

    @Test
    void a_wrong_content_type_is_a_415_problem_never_a_redirect_to_the_sign_in_page() {
        for (var caller :
                new HttpRequest.Builder[] {asPipeline("/api/v1/assessments"), as("admin", "/api/v1/assessments")}) {
            JsonNode problem = problem(
                    send(caller.header("Content-Type", "text/plain")
                            .POST(HttpRequest.BodyPublishers.ofString(MANIFEST))),
                    415);
            assertThat(problem.path("detail").asString()).contains("text/plain").contains("application/json");
        }
        problem(
                send(as("author", "/api/v1/rules/r1/validate")
                        .header("Content-Type", "application/xml")
                        .POST(HttpRequest.BodyPublishers.ofString("<text/>"))),
                415);
        problem(
                send(anonymous("/api/v1/assessments")
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString(MANIFEST))),
                401);
    }

    @Test
    void a_watchlist_import_in_an_unknown_format_is_a_415_problem() {
        var response = send(as("admin", "/api/v1/watchlists/any/entries")
                .header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofString("%PDF")));
        assertThat(problem(response, 415).path("detail").asString()).contains("application/pdf");
    }

    @Test
    void a_url_the_firewall_refuses_is_a_400_problem_not_a_server_error() {
        problem(send(as("author", "/api/v1/catalog/fields;jsessionid=1")), 400);
        problem(send(as("author", "/api/v1/rules/a%252Fb")), 400);
        problem(send(as("author", "/api/v1//catalog/fields")), 400);
    }

    @Test
    void a_request_body_failing_validation_names_every_field_and_what_is_wrong() {
        var response = send(as("author", "/api/v1/rules/validation-probe")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"text\": \"  \"}")));
        JsonNode problem = problem(response, 400);
        assertThat(problem.path("detail").asString())
                .contains("text must not be blank")
                .contains("justification must not be blank");
        assertThat(problem.path("problems").findValuesAsString("path")).containsExactly("justification", "text");

        var screening = send(as("author", "/api/v1/screening")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"lists\": [\"a\", \" \"], \"persons\": [{\"name\": \"X\"}]}")));
        assertThat(problem(screening, 400).path("problems").findValuesAsString("path"))
                .containsExactly("lists[1]", "persons[0].id");

        var thresholds = send(as("admin", "/api/v1/watchlists/validation-probe")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"alertThreshold\": 1.5, \"reviewThreshold\": \"NaN\"}")));
        assertThat(problem(thresholds, 400).path("detail").asString()).contains("alertThreshold");
        assertThat(send(as("admin", "/api/v1/watchlists/validation-probe")).statusCode())
                .isEqualTo(404);
    }

    @Test
    void a_value_a_library_refuses_is_the_callers_mistake() {
        var badId = problem(send(as("author", "/api/v1/rules/-starts-with-a-dash")), 400);
        assertThat(badId.path("detail").asString()).contains("invalid asset id '-starts-with-a-dash'");
        var badName = send(as("admin", "/api/v1/watchlists/Upper*Case")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(problem(badName, 400).path("detail").asString()).contains("Upper*Case");
        var badDate = send(
                as("officer", "/api/v1/screening")
                        .header("Content-Type", "application/json")
                        .POST(
                                HttpRequest.BodyPublishers.ofString(
                                        "{\"lists\": [\"any\"], \"persons\": [{\"id\": \"1\", \"name\": \"X\", \"dateOfBirth\": \"1985-13-45\"}]}")));
        assertThat(problem(badDate, 400).path("detail").asString()).startsWith("persons[0].dateOfBirth");
    }

    @Test
    void a_query_parameter_of_the_wrong_type_says_which_and_what_it_should_be() {
        JsonNode problem = problem(send(as("compliance", "/api/v1/audit?from=yesterday")), 400);
        assertThat(problem.path("detail").asString()).isEqualTo("'from' must be a date YYYY-MM-DD, got 'yesterday'");
        problem(send(as("author", "/api/v1/releases/latest")), 400);
        assertThat(problem(send(as("compliance", "/api/v1/audit?limit=0")), 400)
                        .path("detail")
                        .asString())
                .isEqualTo("limit must be between 1 and 10000, not 0");
    }

    @Test
    void a_bad_date_in_a_manifest_names_the_json_path_line_and_column_in_the_callers_words() {
        var response = send(asPipeline("/api/v1/assessments")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(MANIFEST)));
        JsonNode problem = problem(response, 400);
        assertThat(problem.path("detail").asString())
                .matches(
                        "invalid flight manifest at passengers\\[1]\\.dateOfBirth \\(line 4, column \\d+\\): expected a"
                                + " date YYYY-MM-DD, got '02\\.03\\.1985'");
        assertThat(problem.path("path").asString()).isEqualTo("passengers[1].dateOfBirth");
        assertThat(problem.path("line").asInt()).isEqualTo(4);
    }

    @Test
    void a_bag_weight_without_a_count_is_accepted() {
        String manifest = MANIFEST.replace(", \"dateOfBirth\": \"02.03.1985\"", "");
        var response = send(asPipeline("/api/v1/assessments")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(manifest)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void the_answer_to_an_unacceptable_accept_header_is_still_a_problem() {
        var response = send(as("author", "/api/v1/catalog/fields").header("Accept", "text/html"));
        assertThat(response.statusCode()).isEqualTo(406);
        assertThat(response.body()).doesNotContain("<html");
    }
}
