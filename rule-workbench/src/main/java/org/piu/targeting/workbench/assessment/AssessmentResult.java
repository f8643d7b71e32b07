package org.piu.targeting.workbench.assessment;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Set;
import org.piu.targeting.engine.assess.Assessment;
import org.piu.targeting.workbench.base.api.InvalidRequestException;

/**
 * The Assessment (docs/formats/assessment.md), plus how this request relates to earlier ones.
 *
 * @param contentHash SHA-256 of what the pipeline sent; the same content again is a duplicate
 * @param duplicate   true when this exact content was assessed before: the earlier result is returned unchanged
 * @param archived    false when the archive could not store the result (the pipeline may resend it)
 * @param sentPassengerIds the ids, in the assessed flight, of the passengers this request sent (they may have
 *                    joined a person already known under another id)
 */
public record AssessmentResult(
        @JsonUnwrapped Assessment assessment,
        String contentHash,
        boolean duplicate,
        boolean archived,
        @JsonIgnore List<String> sentPassengerIds) {

    public AssessmentResult {
        sentPassengerIds = sentPassengerIds == null ? List.of() : List.copyOf(sentPassengerIds);
    }

    /** Applies the {@code passengers} query parameter of the assessing endpoints: {@code all} or {@code sent}. */
    public AssessmentResult listing(String passengers) {
        return listingValid(passengers) ? onlySent() : this;
    }

    /**
     * Checks the {@code passengers} query parameter before anything is assessed (a typo must not cost an
     * assessment and an archive entry); true for {@code sent}.
     */
    public static boolean listingValid(String passengers) {
        return switch (passengers) {
            case "all" -> false;
            case "sent" -> true;
            default ->
                throw new InvalidRequestException(
                        "query parameter passengers='" + passengers + "' is not one of: all, sent");
        };
    }

    /** What the {@code passengers} query parameter means, for the API documentation. */
    public static final String LISTING = "all (default): every passenger of the flight as merged with earlier data;"
            + " sent: only the passengers of this request, as an iAPI check-in needs (totals and warnings still"
            + " cover the whole flight)";

    /**
     * The same result listing only the passengers this request sent (iAPI: the one checking in); totals and
     * warnings still describe the whole flight.
     */
    public AssessmentResult onlySent() {
        Set<String> sent = Set.copyOf(sentPassengerIds);
        return new AssessmentResult(
                new Assessment(
                        assessment.flightKey(),
                        assessment.release(),
                        assessment.screening(),
                        assessment.passengers().stream()
                                .filter(p -> sent.contains(p.id()))
                                .toList(),
                        assessment.totals(),
                        assessment.warnings()),
                contentHash,
                duplicate,
                archived,
                sentPassengerIds);
    }
}
