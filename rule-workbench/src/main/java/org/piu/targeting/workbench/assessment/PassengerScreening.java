package org.piu.targeting.workbench.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.piu.targeting.engine.WatchlistMatch;
import org.piu.targeting.engine.assess.Screening;
import org.piu.targeting.engine.model.FlightManifest;
import org.piu.targeting.engine.model.Passenger;
import org.piu.targeting.engine.model.TravelDocument;
import org.piu.targeting.matching.screening.ScreeningResult;
import org.piu.targeting.matching.watchlist.DateOfBirth;
import org.piu.targeting.matching.watchlist.Gender;
import org.piu.targeting.matching.watchlist.PersonQuery;
import org.piu.targeting.matching.watchlist.Watchlist;
import org.piu.targeting.matching.screening.WatchlistService;
import org.springframework.stereotype.Component;

/**
 * Screens everyone on a flight against every watchlist in one batch, and turns the matcher's results into the facts
 * the rules see. When screening fails the outcome is DEGRADED with the reason: never an empty result that looks
 * like "nobody matched".
 */
@Component
public class PassengerScreening {

    /** Matches as rule facts, the screening status and, when degraded, why. */
    public record Outcome(List<WatchlistMatch> matches, Screening status, String reason) {
    }

    private final org.piu.targeting.matching.screening.Screening screening;
    private final WatchlistService watchlists;

    public PassengerScreening(org.piu.targeting.matching.screening.Screening screening, WatchlistService watchlists) {
        this.screening = screening;
        this.watchlists = watchlists;
    }

    public Outcome screen(FlightManifest manifest) {
        List<String> lists;
        try {
            lists = watchlists.lists().stream().map(Watchlist::name).toList();
        } catch (RuntimeException e) {
            return new Outcome(List.of(), Screening.DEGRADED, "watchlists unavailable: " + e.getMessage());
        }
        if (lists.isEmpty() || manifest.passengers().isEmpty()) {
            return new Outcome(List.of(), Screening.COMPLETE, null);
        }
        List<PersonQuery> queries = manifest.passengers().stream().map(PassengerScreening::query).toList();
        ScreeningResult result = screening.screen(lists, queries);
        List<WatchlistMatch> matches = new ArrayList<>();
        result.results().forEach(person -> person.matches().forEach(m -> matches.add(new WatchlistMatch(person.id(),
                m.list(), m.entryId(), m.score(),
                m.decision() == org.piu.targeting.matching.score.Decision.ALERT
                        ? WatchlistMatch.Decision.ALERT : WatchlistMatch.Decision.REVIEW,
                m.matchedName(), m.explanation()))));
        return new Outcome(matches, result.complete() ? Screening.COMPLETE : Screening.DEGRADED, result.reason());
    }

    static PersonQuery query(Passenger p) {
        // The passport is the document watchlists of lost and stolen documents hold; a visa number is not.
        TravelDocument document = p.documents().stream()
                .min(Comparator.comparing((TravelDocument d) -> !"P".equals(d.type())))
                .orElse(null);
        DateOfBirth dob = p.dateOfBirth() == null ? null
                : DateOfBirth.of(p.dateOfBirth().getYear(), p.dateOfBirth().getMonthValue(), p.dateOfBirth().getDayOfMonth());
        return new PersonQuery(p.id(), null, p.surname(), p.givenNames(), dob, Gender.parse(p.gender()),
                p.nationality(), document == null ? null : document.number(),
                document == null ? null : document.issuingCountry());
    }
}
