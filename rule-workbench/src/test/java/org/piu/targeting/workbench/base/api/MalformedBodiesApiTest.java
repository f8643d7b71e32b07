package org.piu.targeting.workbench.base.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.piu.targeting.workbench.IntegrationTestBase;
import tools.jackson.databind.JsonNode;

/**
 * Every JSON endpoint of the API, found in the OpenAPI document at test time (a new endpoint is covered without
 * touching this test), receives malformed bodies: the wrong kind of document (array, text, number, null, nothing),
 * broken JSON (cut off, trailing text, single quotes, NaN), a byte order mark, numbers too large for any field,
 * nesting thousands of levels deep, and a value of the wrong kind in each field the schema documents. Each answer must
 * be a 4xx problem document whose detail names no Java type and says where the problem is; a lenient endpoint may
 * accept a field it can do without, but never with a 5xx.
 */
class MalformedBodiesApiTest extends IntegrationTestBase {

    /** What a Java type, package or Jackson internal looks like in a text meant for a caller. */
    static final Pattern JAVA_TEXT =
            Pattern.compile("java\\.|javax\\.|jakarta\\.|org\\.piu|tools\\.jackson|com\\.fasterxml"
                    + "|\\$|`|\\bclass\\b|Exception|JsonToken|\\b[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+\\b");

    /** Where: a line and column, a JSON path, or the body as a whole. */
    static final Pattern WHERE = Pattern.compile(
            "line \\d+, column \\d+|\\bbody\\b|\\bat [A-Za-z_\\[]|^invalid request: [A-Za-z_\\[]|\\b[a-z]\\w*(\\[\\d+])?\\.[a-z]\\w*");

    private static final String DEEP = "[".repeat(5000);
    private static final String DEEP_OBJECT = "{\"a\":".repeat(5000);
    private static final String HUGE = "1" + "0".repeat(1200);

    /** Bodies that are not the document any endpoint reads: each must be refused. */
    static final Map<String, String> WHOLE_BODIES = wholeBodies();

    private static Map<String, String> wholeBodies() {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("an array", "[]");
        bodies.put("an array of objects", "[{}]");
        bodies.put("a string", "\"text\"");
        bodies.put("a number", "42");
        bodies.put("a huge number", HUGE);
        bodies.put("true", "true");
        bodies.put("JSON null", "null");
        bodies.put("nothing", "");
        bodies.put("white space", "  \n ");
        bodies.put("a cut-off object", "{");
        bodies.put("a cut-off value", "{\"a\": [1, 2");
        bodies.put("a cut-off string", "{\"a\": \"abc");
        bodies.put("trailing text", "{} garbage");
        bodies.put("two documents", "{}{}");
        bodies.put("single quotes", "{'a': 1}");
        bodies.put("a trailing comma", "{\"a\": 1,}");
        bodies.put("NaN", "{\"a\": NaN}");
        bodies.put("a control character", "{\"a\u0001\": 1");
        bodies.put("a byte order mark before an array", "\uFEFF[]");
        bodies.put("a byte order mark before cut-off JSON", "\uFEFF{\"a\":");
        bodies.put("arrays nested 5000 deep", DEEP);
        bodies.put("objects nested 5000 deep", DEEP_OBJECT);
        bodies.put("an array nested 5000 deep in a field", "{\"a\": " + DEEP);
        bodies.put("XML", "<flight/>");
        return bodies;
    }

    record Endpoint(String method, String path, JsonNode schema) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @Test
    void every_json_endpoint_refuses_malformed_bodies_with_a_problem_that_says_where_and_names_no_java_type() {
        JsonNode api = json(send(HttpRequest.newBuilder(url("/v3/api-docs"))));
        List<Endpoint> endpoints = jsonEndpoints(api);
        assertThat(endpoints)
                .as("JSON endpoints found in /v3/api-docs")
                .hasSizeGreaterThanOrEqualTo(10)
                .extracting(Endpoint::toString)
                .contains("POST /api/v1/assessments", "POST /api/v1/screening", "PUT /api/v1/{kind}/{id}");
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Endpoint endpoint : endpoints) {
            for (var body : WHOLE_BODIES.entrySet()) {
                failures.addAll(check(endpoint, body.getKey(), body.getValue(), true));
                sent++;
            }
            for (var body : wrongFields(api, endpoint.schema()).entrySet()) {
                failures.addAll(check(endpoint, body.getKey(), body.getValue(), false));
                sent++;
            }
        }
        assertThat(sent).isGreaterThan(endpoints.size() * WHOLE_BODIES.size());
        assertThat(failures).as("%d malformed requests sent", sent).isEmpty();
    }

    /** The answer to one malformed body: what is wrong with it, nothing when it is right. */
    private List<String> check(Endpoint endpoint, String what, String body, boolean mustRefuse) {
        HttpResponse<String> response = call(endpoint, body);
        String head = endpoint + " with " + what + " -> " + response.statusCode() + " " + abbreviated(response.body());
        int status = response.statusCode();
        if (!mustRefuse && status >= 200 && status < 300) {
            return List.of();
        }
        if (status < 400 || status >= 500) {
            return List.of(head + ": expected a 4xx");
        }
        List<String> failures = new ArrayList<>();
        if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            failures.add(head + ": not application/problem+json");
            return failures;
        }
        String detail = json(response).path("detail").asString("");
        Matcher java = JAVA_TEXT.matcher(detail);
        if (java.find()) {
            failures.add(head + ": the detail names '" + java.group() + "'");
        }
        if (status == 400 && !WHERE.matcher(detail).find()) {
            failures.add(head + ": the detail does not say where");
        }
        return failures;
    }

    private HttpResponse<String> call(Endpoint endpoint, String body) {
        String path = concrete(endpoint.path());
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = null;
        for (String user : List.of("admin", "author", "approver", "compliance", "officer", "authority", "pipeline")) {
            HttpRequest.Builder request = user.equals("pipeline") ? asPipeline(path) : as(user, path);
            response = send(request.header("Content-Type", "application/json")
                    .method(endpoint.method(), HttpRequest.BodyPublishers.ofByteArray(bytes)));
            if (response.statusCode() != 403) {
                return response;
            }
        }
        return response;
    }

    /** A path template with harmless values: assets and lists that do not exist, release 1. */
    static String concrete(String template) {
        return template.replace("{kind}", "rules")
                .replace("{number}", "1")
                .replace("{from}", "1")
                .replace("{to}", "1")
                .replaceAll("\\{[^}]+}", "malformed-probe");
    }

    /** Every operation whose request body is JSON, with the body's schema. */
    private static List<Endpoint> jsonEndpoints(JsonNode api) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (var path : api.path("paths").properties()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (var operation : path.getValue().properties()) {
                JsonNode content = operation.getValue().path("requestBody").path("content");
                for (var mediaType : content.properties()) {
                    if (mediaType.getKey().equals("application/json")
                            || mediaType.getKey().endsWith("+json")) {
                        endpoints.add(new Endpoint(
                                operation.getKey().toUpperCase(),
                                path.getKey(),
                                resolve(api, mediaType.getValue().path("schema"))));
                        break;
                    }
                }
            }
        }
        return endpoints;
    }

    private static JsonNode resolve(JsonNode api, JsonNode schema) {
        JsonNode resolved = schema;
        for (int hops = 0; resolved.has("$ref") && hops < 10; hops++) {
            String name = resolved.path("$ref").asString().replace("#/components/schemas/", "");
            resolved = api.path("components").path("schemas").path(name);
        }
        return resolved;
    }

    /**
     * For each field the schema documents (and the fields of objects one level inside it): a body with a value of the
     * wrong kind in that field alone.
     */
    static Map<String, String> wrongFields(JsonNode api, JsonNode schema) {
        Map<String, String> bodies = new LinkedHashMap<>();
        wrongFields(api, schema, "", "%s", 0, bodies);
        return bodies;
    }

    private static void wrongFields(
            JsonNode api, JsonNode schema, String where, String frame, int depth, Map<String, String> bodies) {
        JsonNode properties = resolve(api, schema).path("properties");
        for (var property : properties.properties()) {
            String name = property.getKey();
            JsonNode field = resolve(api, property.getValue());
            String path = where.isEmpty() ? name : where + "." + name;
            for (var wrong : wrongValues(field).entrySet()) {
                String object = "{\"" + name + "\": " + wrong.getValue() + "}";
                bodies.put(path + " as " + wrong.getKey(), frame.formatted(object));
            }
            if (depth < 2) {
                String type = field.path("type").asString("");
                if (type.equals("object") && field.has("properties")) {
                    wrongFields(api, field, path, frame.formatted("{\"" + name + "\": %s}"), depth + 1, bodies);
                } else if (type.equals("array")) {
                    JsonNode items = resolve(api, field.path("items"));
                    if (items.has("properties")) {
                        wrongFields(
                                api,
                                items,
                                path + "[0]",
                                frame.formatted("{\"" + name + "\": [%s]}"),
                                depth + 1,
                                bodies);
                    }
                }
            }
        }
    }

    /** Values no field of the schema's type accepts, and numbers beyond any range. */
    private static Map<String, String> wrongValues(JsonNode field) {
        Map<String, String> values = new LinkedHashMap<>();
        switch (field.path("type").asString("object")) {
            case "string" -> {
                values.put("an object", "{\"x\": 1}");
                values.put("an array", "[1]");
            }
            case "integer", "number" -> {
                values.put("text", "\"abc\"");
                values.put("an object", "{}");
                values.put("a huge number", HUGE);
                values.put("a number beyond any range", "1e999999");
                values.put("a whole number beyond 64 bits", "123456789012345678901234567890");
            }
            case "boolean" -> values.put("an object", "{}");
            case "array" -> {
                values.put("text", "\"x\"");
                values.put("an object", "{}");
                values.put("an array nested 5000 deep", DEEP);
            }
            default -> {
                values.put("a number", "7");
                values.put("text", "\"x\"");
                values.put("an array", "[]");
            }
        }
        return values;
    }

    private static String abbreviated(String body) {
        return body.length() > 400 ? body.substring(0, 400) + "…" : body;
    }
}
