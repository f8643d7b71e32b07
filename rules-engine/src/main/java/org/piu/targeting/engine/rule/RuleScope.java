package org.piu.targeting.engine.rule;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Where a rule applies before any condition is looked at. Empty lists mean everywhere.
 *
 * @param directions passenger directions (INBOUND, OUTBOUND, TRANSIT, DOMESTIC, FOREIGN)
 * @param routes     flight routes as {@code ORIGIN-DESTINATION} IATA codes, {@code *} for any airport
 *                   (e.g. {@code IST-KIV}, {@code *-KIV})
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"directions", "routes"})
public record RuleScope(List<String> directions, List<String> routes) {
    public RuleScope {
        directions = directions == null ? List.of() : List.copyOf(directions);
        routes = routes == null ? List.of() : List.copyOf(routes);
    }
}
