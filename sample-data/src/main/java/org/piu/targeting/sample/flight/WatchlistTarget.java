package org.piu.targeting.sample.flight;

import java.time.LocalDate;
import org.piu.targeting.sample.people.PersonName;

/**
 * A generated passenger who must appear on the sample watchlist under another spelling; the watchlist generator
 * turns it into an entry (native script, other romanizations, partial date of birth).
 */
public record WatchlistTarget(
        String flightKey,
        String passengerId,
        PersonName name,
        String nationality,
        LocalDate dateOfBirth,
        String gender) {}
