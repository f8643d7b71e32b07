package org.piu.targeting.engine.assess;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** One passenger's result: the sum of the scores of their hits, and the hits, most severe first. */
@JsonPropertyOrder({"id", "riskScore", "hits"})
public record PassengerAssessment(String id, int riskScore, List<Hit> hits) {
    public PassengerAssessment {
        hits = List.copyOf(hits);
    }
}
