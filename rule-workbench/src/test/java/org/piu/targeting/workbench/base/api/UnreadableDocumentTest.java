package org.piu.targeting.workbench.base.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.piu.targeting.engine.rule.RuleDocumentException;
import org.piu.targeting.engine.rule.RuleDocuments;
import org.piu.targeting.model.FlightManifest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Jackson's failures retold in the caller's words: where (path, line, column), what was expected, what came. */
class UnreadableDocumentTest {

    enum Kind {
        PASSENGER,
        CREW
    }

    record Item(String name, Kind kind, LocalDate date, Integer count) {}

    record Bags(int count) {}

    record Body(
            String text, Double threshold, Integer limit, List<Item> items, Map<String, String> files, Instant at) {}

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final JsonMapper STRICT = MAPPER.rebuild()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static UnreadableDocument read(JsonMapper mapper, Class<?> type, String json) {
        JacksonException e = catchThrowableOfType(
                JacksonException.class, () -> mapper.readValue(json.getBytes(StandardCharsets.UTF_8), type));
        assertThat(e).as("reading %s", json).isNotNull();
        UnreadableDocument unreadable = UnreadableDocument.of(e);
        assertThat(unreadable.detail("the request body"))
                .as("no Java in %s", unreadable)
                .doesNotContainPattern(MalformedBodiesApiTest.JAVA_TEXT.pattern());
        return unreadable;
    }

    private static UnreadableDocument read(String json) {
        return read(MAPPER, Body.class, json);
    }

    @Test
    void a_bad_date_in_a_manifest_names_the_json_path_line_column_expected_format_and_value() {
        String manifest = """
                {"flight": {"carrier": "9U", "number": "172", "origin": "IST", "destination": "KIV",
                            "departure": "2026-11-22T07:40:00+03:00"},
                 "passengers": [{"id": "P1"},
                                {"id": "P2", "dateOfBirth": "02.03.1985"}]}
                """;
        UnreadableDocument unreadable = read(RuleDocuments.manifestMapper(), FlightManifest.class, manifest);

        assertThat(unreadable.path()).isEqualTo("passengers[1].dateOfBirth");
        assertThat(unreadable.line()).isEqualTo(4);
        assertThat(unreadable.column()).isPositive();
        assertThat(unreadable.detail("invalid flight manifest"))
                .startsWith("invalid flight manifest at passengers[1].dateOfBirth (line 4, column ")
                .endsWith("expected a date YYYY-MM-DD, got '02.03.1985'");
    }

    @Test
    void a_date_time_without_offset_says_an_offset_is_expected() {
        var unreadable = read(
                RuleDocuments.manifestMapper(),
                FlightManifest.class,
                "{\"flight\": {\"departure\": \"2026-11-22T07:40:00\"}}");
        assertThat(unreadable.path()).isEqualTo("flight.departure");
        assertThat(unreadable.problem()).contains("date-time with offset").contains("'2026-11-22T07:40:00'");
    }

    @Test
    void a_value_of_the_wrong_kind_names_both_kinds() {
        assertThat(read("{\"text\": {\"a\": 1}}").problem()).isEqualTo("expected text, got an object");
        assertThat(read("{\"threshold\": \"abc\"}").problem()).isEqualTo("expected a number, got 'abc'");
        assertThat(read("{\"items\": \"x\"}").problem()).isEqualTo("expected an array, got text");
        assertThat(read("{\"files\": 7}").problem()).isEqualTo("expected an object, got a number");
        assertThat(read("{\"items\": [{\"date\": \"02.03.1985\"}]}").problem())
                .isEqualTo("expected a date YYYY-MM-DD, got '02.03.1985'");
        assertThat(read("{\"at\": {}}").problem())
                .startsWith("expected an instant")
                .endsWith(", got an object");
        assertThat(read("{\"at\": \"yesterday\"}").problem())
                .startsWith("expected an instant")
                .endsWith("'yesterday'");
        assertThat(read("{\"limit\": true}").problem()).isEqualTo("expected a whole number, got true or false");
    }

    @Test
    void a_document_of_the_wrong_kind_is_named_at_the_body_itself() {
        var array = read("[]");
        assertThat(array.path()).isEmpty();
        assertThat(array.detail("the request body"))
                .isEqualTo("the request body (line 1, column 1): expected an object, got an array");
        assertThat(read("\"text\"").problem()).isEqualTo("expected an object, got the text 'text'");
        assertThat(read("42").problem()).isEqualTo("expected an object, got the number 42");
        assertThat(read("").problem()).isEqualTo("the body is empty");
    }

    @Test
    void an_unknown_enum_value_lists_the_accepted_values() {
        var unreadable = read("{\"items\": [{\"name\": \"a\"}, {\"kind\": \"crew\"}]}");
        assertThat(unreadable.path()).isEqualTo("items[1].kind");
        assertThat(unreadable.problem()).isEqualTo("expected one of CREW, PASSENGER, got 'crew'");
    }

    @Test
    void null_where_a_whole_number_is_required_says_so() {
        var unreadable = read(MAPPER, Bags.class, "{\"count\": null}");
        assertThat(unreadable.path()).isEqualTo("count");
        assertThat(unreadable.problem()).isEqualTo("expected a whole number, got null");
    }

    @Test
    void broken_json_names_line_column_and_the_open_structure() {
        var cut = read("{\"items\": [{\"name\": \"a\"},\n {\"name\": ");
        assertThat(cut.line()).isEqualTo(2);
        assertThat(cut.path()).isEqualTo("items[1].name");
        assertThat(cut.problem()).contains("ends before").contains("cut off");
        var quote = read("{'text': 1}");
        assertThat(quote.problem())
                .isEqualTo("not valid JSON: unexpected character ''': expected double-quote to start property name");
        assertThat(read("{\"text\": NaN}").problem())
                .startsWith("not valid JSON")
                .contains("NaN");
        assertThat(read("{} {}").problem()).contains("more follows after the JSON value");
    }

    @Test
    void out_of_range_numbers_and_limits_of_the_reader_are_told_without_its_settings() {
        var range = read("{\"items\": [{\"count\": 99999999999}]}");
        assertThat(range.path()).isEqualTo("items[0].count");
        assertThat(range.problem())
                .isEqualTo("the number is out of range: expected a whole number from -2147483648 to 2147483647");
        assertThat(read("{\"threshold\": " + "9".repeat(1500) + "}").problem())
                .isEqualTo("the body has a number with more than 1000 digits");
        assertThat(read("{\"unknown\": " + "[".repeat(3000)).problem())
                .startsWith("the body nests arrays or objects more than ");
    }

    @Test
    void a_map_key_that_is_not_a_name_is_quoted_in_the_path() {
        var unreadable = read("{\"files\": {\"rules/a.yaml\": {}}}");
        assertThat(unreadable.path()).isEqualTo("files[\"rules/a.yaml\"]");
    }

    @Test
    void an_unknown_property_of_a_strict_document_lists_the_known_ones() {
        var unreadable = read(STRICT, Item.class, "{\"nmae\": \"a\"}");
        assertThat(unreadable.problem()).isEqualTo("unknown property 'nmae'; known: count, date, kind, name");
    }

    @Test
    void a_refusal_by_the_model_itself_keeps_its_reason() {
        var unreadable = read(
                RuleDocuments.manifestMapper(),
                FlightManifest.class,
                "{\"flight\": {\"carrier\": \"9U\"}, \"passengers\": [{\"surname\": \"RUSU\"}]}");
        assertThat(unreadable.path()).isEqualTo("passengers[0]");
        assertThat(unreadable.problem()).isEqualTo("invalid value: passenger id is required");
    }

    @Test
    void a_null_element_in_a_list_is_named_as_such() {
        var unreadable = read(
                RuleDocuments.manifestMapper(),
                FlightManifest.class,
                "{\"flight\": {\"carrier\": \"9U\"}, \"passengers\": [null]}");
        assertThat(unreadable.problem()).contains("null element in a list");
    }

    @Test
    void a_rule_document_that_cannot_be_read_is_told_in_the_same_words() {
        RuleDocumentException e = catchThrowableOfType(
                RuleDocumentException.class, () -> RuleDocuments.parseRule("id: r1\nwhen: 5\nunknownKey: x\n"));
        UnreadableDocument unreadable = UnreadableDocument.of(e);
        assertThat(unreadable.line()).isPositive();
        assertThat(unreadable.detail("the document cannot be read"))
                .doesNotContainPattern(MalformedBodiesApiTest.JAVA_TEXT.pattern())
                .doesNotContain("RuleDocument");
    }

    @Test
    void text_that_names_java_types_is_never_passed_on() {
        assertThat(UnreadableDocument.plain("Cannot deserialize value of type `java.time.LocalDate`"))
                .isEmpty();
        assertThat(UnreadableDocument.plain("org.piu.targeting.model.FlightManifest[\"passengers\"]"))
                .isEmpty();
        assertThat(UnreadableDocument.plain("RulesController$SaveRequest")).isEmpty();
        assertThat(UnreadableDocument.plain("passenger id is required")).contains("passenger id is required");
    }

    @Test
    void expected_kinds_are_the_words_of_the_api_documentation() {
        assertThat(UnreadableDocument.expected(OffsetDateTime.class)).startsWith("a date-time with offset");
        assertThat(UnreadableDocument.expected(int.class)).isEqualTo("a whole number");
        assertThat(UnreadableDocument.expected(Item.class)).isEqualTo("an object");
        assertThat(UnreadableDocument.expected(Kind.class, null)).isEqualTo("one of CREW, PASSENGER");
    }
}
