package org.piu.targeting.matching.screening;

import java.util.List;
import org.piu.targeting.model.ScreeningStatus;

/**
 * Screening outcome for a batch of persons. When {@code status} is DEGRADED, {@code reason} says what could not be
 * screened and the (possibly empty) match lists must not be read as "no match".
 */
public record ScreeningResult(ScreeningStatus status, String reason, List<PersonScreening> results) {
    public ScreeningResult {
        results = List.copyOf(results);
        reason = reason == null ? "" : reason;
    }

    public boolean complete() {
        return status == ScreeningStatus.COMPLETE;
    }
}
