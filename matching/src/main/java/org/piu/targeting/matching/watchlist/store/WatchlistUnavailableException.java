package org.piu.targeting.matching.watchlist.store;

import org.piu.targeting.matching.MatchingException;

/** Elasticsearch could not be reached or failed: the operation did not happen (the previous state is intact). */
public class WatchlistUnavailableException extends MatchingException {
    public WatchlistUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
