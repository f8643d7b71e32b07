package org.piu.targeting.engine.rule;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One node of a condition tree. Exactly one kind per node:
 * <ul>
 *   <li>{@code all: [...]} — every child holds; {@code any: [...]} — at least one holds; {@code not: {...}}</li>
 *   <li>a test {@code {field, op, value}} / {@code {field, op, values: [...]}} / {@code {field, op, list: NAME}}</li>
 *   <li>a cross-passenger pattern {@code {pattern: {type: shared_contact, minBookings: 3}}}</li>
 * </ul>
 * Values stay as written (string, number, boolean); the validator types them against the field catalog.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"all", "any", "not", "field", "op", "value", "values", "list", "pattern"})
public record Condition(
        List<Condition> all,
        List<Condition> any,
        Condition not,
        String field,
        String op,
        Object value,
        List<Object> values,
        String list,
        Pattern pattern) {

    /** A cross-passenger pattern: {@code type} is shared_contact, shared_card, shared_agency or payer_not_travelling. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"type", "minBookings"})
    public record Pattern(String type, Integer minBookings) {}

    public Condition {
        all = all == null ? null : List.copyOf(all);
        any = any == null ? null : List.copyOf(any);
        values = values == null ? null : java.util.Collections.unmodifiableList(new ArrayList<>(values));
    }

    public static Condition all(Condition... children) {
        return new Condition(List.of(children), null, null, null, null, null, null, null, null);
    }

    public static Condition any(Condition... children) {
        return new Condition(null, List.of(children), null, null, null, null, null, null, null);
    }

    public static Condition not(Condition child) {
        return new Condition(null, null, child, null, null, null, null, null, null);
    }

    public static Condition test(String field, String op, Object value) {
        return new Condition(null, null, null, field, op, value, null, null, null);
    }

    public static Condition test(String field, String op) {
        return new Condition(null, null, null, field, op, null, null, null, null);
    }

    public static Condition values(String field, String op, Object... values) {
        return new Condition(null, null, null, field, op, null, Arrays.asList(values), null, null);
    }

    public static Condition inList(String field, String op, String listId) {
        return new Condition(null, null, null, field, op, null, null, listId, null);
    }

    public static Condition pattern(String type, int minBookings) {
        return new Condition(null, null, null, null, null, null, null, null, new Pattern(type, minBookings));
    }
}
