package org.piu.targeting.engine.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.piu.targeting.engine.PassengerMatch;
import org.piu.targeting.model.FlightManifest;

/**
 * A test of rules, as a document beside them in the rules repository: a small flight (given) and what must (not)
 * happen (expect). Example (YAML):
 * <pre>
 * id: late-cash-booking
 * title: Late cash booking is flagged, the crew is not
 * given:
 *   manifest: {flight: {...}, passengers: [...], bookings: [...]}
 *   watchlistMatches: []
 * expect:
 *   hits: [{passenger: P1, rule: R-LATE-CASH, hit: true}, {passenger: C1, rule: R-LATE-CASH, hit: false}]
 *   counts: [{rule: R-LATE-CASH, count: 1}]
 * </pre>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "title", "description", "given", "expect"})
public record Scenario(String id, String title, String description, Given given, Expect expect) {

    @JsonPropertyOrder({"manifest", "watchlistMatches"})
    public record Given(FlightManifest manifest, List<PassengerMatch> watchlistMatches) {
        public Given {
            watchlistMatches = watchlistMatches == null ? List.of() : List.copyOf(watchlistMatches);
        }
    }

    @JsonPropertyOrder({"hits", "counts"})
    public record Expect(List<HitExpectation> hits, List<CountExpectation> counts) {
        public Expect {
            hits = hits == null ? List.of() : List.copyOf(hits);
            counts = counts == null ? List.of() : List.copyOf(counts);
        }
    }

    /** Passenger {@code passenger} is (hit: true) or is not (hit: false) hit by rule {@code rule}. */
    @JsonPropertyOrder({"passenger", "rule", "hit"})
    public record HitExpectation(String passenger, String rule, boolean hit) {}

    /** Rule {@code rule} hits exactly {@code count} passengers of the flight. */
    @JsonPropertyOrder({"rule", "count"})
    public record CountExpectation(String rule, int count) {}
}
