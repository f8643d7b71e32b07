package org.piu.targeting.matching.screening;

import java.util.List;

/** The matches of one person, strongest first. */
public record PersonScreening(String id, List<WatchlistMatch> matches) {
    public PersonScreening {
        matches = List.copyOf(matches);
    }
}
