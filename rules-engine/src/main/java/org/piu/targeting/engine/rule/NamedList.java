package org.piu.targeting.engine.rule;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A named set of values that rules reference with {@code list: ID} (high-risk airports, watched agencies, ...).
 * Values are written as text and typed by the field that uses the list.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "description", "values"})
public record NamedList(String id, String description, List<String> values) {
    public NamedList {
        values = values == null ? List.of() : List.copyOf(values);
    }
}
