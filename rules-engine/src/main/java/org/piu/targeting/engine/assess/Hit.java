package org.piu.targeting.engine.assess;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.piu.targeting.engine.rule.Severity;

/**
 * Why a passenger is flagged. For RULE hits: the rule and revision, and in {@code reasons} every matched
 * condition with the passenger's actual value ({@code booking.leadTimeHours = 6 (< 48)}). For WATCHLIST hits
 * (and RULE hits that used a watchlist match): list, entry and match score.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "type",
    "ruleId",
    "ruleRevision",
    "title",
    "category",
    "severity",
    "score",
    "reasons",
    "list",
    "entryId",
    "matchScore"
})
public record Hit(
        HitType type,
        String ruleId,
        String ruleRevision,
        String title,
        String category,
        Severity severity,
        int score,
        List<String> reasons,
        String list,
        String entryId,
        Double matchScore) {
    public Hit {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
