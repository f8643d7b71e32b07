package org.piu.targeting.workbench.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.piu.targeting.workbench.IntegrationTestBase;
import org.piu.targeting.workbench.TestRules;

/** The rules-as-code API end to end, through HTTP, on a real Git repository and engine. */
class RulesApiTest extends IntegrationTestBase {

    static String save(String text, String justification, String base) {
        return JSON.writeValueAsString(new RulesController.SaveRequest(text, justification, base));
    }

    HttpResponse<String> put(String user, String path, String body) {
        return send(as(user, path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> post(String user, String path, String body) {
        return send(as(user, path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void a_rule_goes_from_draft_to_active_release_with_four_eyes() {
        String id = "cash-last-minute-" + System.nanoTime();
        var saved = put(
                "author",
                "/api/v1/rules/" + id,
                save(TestRules.cashRule(id, 48), "new indicator from risk analysis", null));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        String revision = json(saved).at("/revision/revision").asString();

        var submitted = post(
                "author",
                "/api/v1/rules/" + id + "/submit",
                "{\"revision\":\"" + revision + "\",\"comment\":\"ready\"}");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);

        // the author holds no approver role; an approver who authored it would be refused by four-eyes
        var selfApproval = post(
                "author",
                "/api/v1/rules/" + id + "/approve",
                "{\"revision\":\"" + revision + "\",\"comment\":\"mine\"}");
        assertThat(selfApproval.statusCode()).isEqualTo(403);
        var audit = send(as("compliance", "/api/v1/audit"));
        assertThat(audit.body()).contains(id).contains("REFUSED");

        var approved = post(
                "approver",
                "/api/v1/rules/" + id + "/approve",
                "{\"revision\":\"" + revision + "\",\"comment\":\"checked against the analysis\"}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);

        var published = post("approver", "/api/v1/releases", "{\"justification\":\"monthly release\"}");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
        int number = json(published).get("number").asInt();

        var active = send(as("compliance", "/api/v1/releases/active"));
        assertThat(active.statusCode()).isEqualTo(200);
        assertThat(json(active).at("/release/number").asInt()).isEqualTo(number);
        assertThat(json(active).get("engineReleaseId").asString()).isEqualTo("release-" + number);
        assertThat(json(active).get("compiledRules").asInt()).isGreaterThanOrEqualTo(1);

        var history = send(as("compliance", "/api/v1/rules/" + id + "/history"));
        assertThat(history.body()).contains("author").contains("approver").contains("checked against the analysis");
    }

    @Test
    void a_stale_save_is_a_conflict_that_names_who_changed_the_rule() {
        String id = "stale-" + System.nanoTime();
        var first = put("author", "/api/v1/rules/" + id, save(TestRules.cashRule(id, 48), "first version", null));
        String base = json(first).at("/revision/revision").asString();
        var second = put("author2", "/api/v1/rules/" + id, save(TestRules.cashRule(id, 24), "tighten to 24 h", base));
        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);

        var stale = put("author", "/api/v1/rules/" + id, save(TestRules.cashRule(id, 72), "loosen to 72 h", base));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json(stale).get("changedBy").asString()).isEqualTo("author2");

        var diff = send(as(
                "author",
                "/api/v1/rules/" + id + "/diff?from=" + base + "&to="
                        + json(second).at("/revision/revision").asString()));
        assertThat(diff.statusCode()).as(diff.body()).isEqualTo(200);
        assertThat(diff.body()).contains("48").contains("24");
    }

    @Test
    void a_rule_on_a_religious_meal_code_is_refused_with_the_legal_reason_and_not_stored() {
        String id = "meal-" + System.nanoTime();
        String text = TestRules.cashRule(id, 48)
                .replace("field: payment.cash", "field: booking.ssr")
                .replace("value: true", "value: MOML");
        var refused = put("author", "/api/v1/rules/" + id, save(text, "try sensitive data", null));
        assertThat(refused.statusCode()).isBetween(400, 499);
        assertThat(refused.body()).containsIgnoringCase("2016/681");
        assertThat(send(as("author", "/api/v1/rules/" + id)).statusCode()).isEqualTo(404);
    }

    @Test
    void an_unreadable_document_is_refused_with_its_position() {
        var refused = put("author", "/api/v1/rules/broken", save("id: broken\nwhen: [unclosed", "broken", null));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("line");
    }

    @Test
    void the_pipeline_key_cannot_change_rules_and_compliance_can_verify_and_export() {
        var pipeline = send(asPipeline("/api/v1/rules/x")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(save(TestRules.cashRule("x", 1), "x", null))));
        assertThat(pipeline.statusCode()).isEqualTo(403);

        var verify = post("compliance", "/api/v1/audit/verify", "");
        assertThat(verify.statusCode()).as(verify.body()).isEqualTo(200);
        assertThat(json(verify).get("intact").asBoolean()).isTrue();

        var export = send(as("compliance", "/api/v1/audit/export?format=csv"));
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Disposition").orElse(""))
                .contains(".csv");
    }

    @Test
    void a_call_the_callers_permissions_do_not_allow_is_a_403_problem_and_is_audited() {
        // the URL rules let every workbench user in; the method's permission check refuses the author
        var publish = post("author", "/api/v1/releases", "{\"justification\":\"not mine to publish\"}");
        assertThat(publish.statusCode()).isEqualTo(403);
        assertThat(publish.headers().firstValue("Content-Type"))
                .hasValueSatisfying(ct -> assertThat(ct).startsWith("application/problem+json"));
        assertThat(publish.body()).contains("may not call POST /api/v1/releases");

        var audit = send(as("compliance", "/api/v1/audit"));
        assertThat(audit.body()).contains("POST /api/v1/releases").contains("REFUSED");
    }
}
