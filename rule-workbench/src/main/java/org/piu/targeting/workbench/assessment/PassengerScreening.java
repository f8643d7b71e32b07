package org.piu.targeting.workbench.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.piu.targeting.engine.PassengerMatch;
import org.piu.targeting.matching.screening.ScreeningResult;
import org.piu.targeting.matching.screening.WatchlistScreener;
import org.piu.targeting.matching.watchlist.DateOfBirth;
import org.piu.targeting.matching.watchlist.Gender;
import org.piu.targeting.matching.watchlist.PersonQuery;
import org.piu.targeting.matching.watchlist.Watchlist;
import org.piu.targeting.matching.watchlist.store.WatchlistStore;
import org.piu.targeting.model.FlightManifest;
import org.piu.targeting.model.Passenger;
import org.piu.targeting.model.ScreeningStatus;
import org.piu.targeting.model.TravelDocument;
import org.piu.targeting.workbench.archive.ArchivedFlight;
import org.springframework.stereotype.Component;

/**
 * Screens everyone on a flight against every watchlist in one batch and turns the matcher's results into the facts
 * the rules see. When screening fails the outcome is DEGRADED with the reason: never an empty result that looks
 * like "nobody matched".
 *
 * <p>A flight's data arrives several times (PNR pushes, API, check-in). A passenger whose identity is unchanged
 * since the flight's last COMPLETE screening keeps that screening's matches, as long as the watchlists are exactly
 * the ones screened against then (same index behind every alias, same thresholds); only new or changed passengers
 * are sent to Elasticsearch. Any change of a watchlist screens everyone again.
 */
@Component
public class PassengerScreening {

    /** Matches as rule facts, the screening status, when degraded why, and the watchlist state screened against. */
    public record Outcome(
            List<PassengerMatch> matches,
            ScreeningStatus status,
            String reason,
            String watchlistState,
            int screened,
            int reused) {
        static Outcome degraded(String reason) {
            return new Outcome(List.of(), ScreeningStatus.DEGRADED, reason, null, 0, 0);
        }
    }

    private final WatchlistScreener screening;
    private final WatchlistStore watchlists;

    public PassengerScreening(WatchlistScreener screening, WatchlistStore watchlists) {
        this.screening = screening;
        this.watchlists = watchlists;
    }

    public Outcome screen(FlightManifest manifest, Optional<ArchivedFlight> earlier) {
        List<Watchlist> lists;
        String state;
        try {
            WatchlistStore.Serving serving = watchlists.serving();
            lists = serving.lists();
            state = watchlistState(serving);
        } catch (RuntimeException e) {
            return Outcome.degraded("watchlists unavailable: " + e.getMessage());
        }
        if (lists.isEmpty() || manifest.passengers().isEmpty()) {
            return new Outcome(List.of(), ScreeningStatus.COMPLETE, null, state, 0, 0);
        }

        Map<String, PersonQuery> reusableQueries = new HashMap<>();
        Map<String, List<PassengerMatch>> reusableMatches = new HashMap<>();
        earlier.filter(e ->
                        state.equals(e.screeningState()) && e.screening() == ScreeningStatus.COMPLETE && !e.masked())
                .ifPresent(e -> {
                    e.manifest().passengers().forEach(p -> reusableQueries.put(p.id(), query(p)));
                    e.screeningMatches()
                            .forEach(m -> reusableMatches
                                    .computeIfAbsent(m.passengerId(), id -> new ArrayList<>())
                                    .add(m));
                });

        List<PassengerMatch> matches = new ArrayList<>();
        List<PersonQuery> toScreen = new ArrayList<>();
        for (Passenger p : manifest.passengers()) {
            PersonQuery q = query(p);
            if (q.equals(reusableQueries.get(p.id()))) {
                matches.addAll(reusableMatches.getOrDefault(p.id(), List.of()));
            } else {
                toScreen.add(q);
            }
        }
        int reused = manifest.passengers().size() - toScreen.size();
        if (toScreen.isEmpty()) {
            return new Outcome(matches, ScreeningStatus.COMPLETE, null, state, 0, reused);
        }
        ScreeningResult result = screening.screenAgainst(lists, toScreen);
        result.results()
                .forEach(person -> person.matches()
                        .forEach(m -> matches.add(new PassengerMatch(
                                person.id(),
                                m.list(),
                                m.entryId(),
                                m.score(),
                                m.decision(),
                                m.matchedName(),
                                m.explanation()))));
        return new Outcome(
                matches,
                result.complete() ? ScreeningStatus.COMPLETE : ScreeningStatus.DEGRADED,
                result.reason(),
                state,
                toScreen.size(),
                reused);
    }

    static PersonQuery query(Passenger p) {
        // The passport is the document watchlists of lost and stolen documents hold; a visa number is not.
        TravelDocument document = p.documents().stream()
                .min(Comparator.comparing((TravelDocument d) -> !"P".equals(d.type())))
                .orElse(null);
        DateOfBirth dob = p.dateOfBirth() == null
                ? null
                : DateOfBirth.of(
                        p.dateOfBirth().getYear(),
                        p.dateOfBirth().getMonthValue(),
                        p.dateOfBirth().getDayOfMonth());
        return new PersonQuery(
                p.id(),
                null,
                p.surname(),
                p.givenNames(),
                dob,
                Gender.parse(p.gender()),
                p.nationality(),
                document == null ? null : document.number(),
                document == null ? null : document.issuingCountry());
    }

    /** A digest of which index serves each list and with which thresholds: any re-import or change alters it. */
    private static String watchlistState(WatchlistStore.Serving serving) {
        Map<String, String> state = new TreeMap<>();
        serving.indexByList().forEach((list, index) -> state.put(list, index));
        serving.lists()
                .forEach(w -> state.put("thresholds:" + w.name(), w.alertThreshold() + "/" + w.reviewThreshold()));
        return org.piu.targeting.messages.MessageParser.contentHash(state.toString());
    }
}
