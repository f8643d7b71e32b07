package org.piu.targeting.engine.assess;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;
import org.piu.targeting.model.ScreeningStatus;

/**
 * The result of assessing one flight (docs/formats/assessment.md): against which release, whether screening was complete,
 * each passenger with risk score and hits (in manifest order), totals, and warnings about the data or the rules.
 */
@JsonPropertyOrder({"flightKey", "release", "screening", "passengers", "totals", "warnings"})
public record Assessment(
        String flightKey,
        ReleaseRef release,
        ScreeningStatus screening,
        List<PassengerAssessment> passengers,
        AssessmentTotals totals,
        List<String> warnings) {
    public Assessment {
        passengers = List.copyOf(passengers);
        warnings = List.copyOf(warnings);
    }

    public Optional<PassengerAssessment> passenger(String id) {
        return passengers.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
