package org.piu.targeting.matching.watchlist.store;

/** Elasticsearch could not be reached or failed: the operation did not happen (the previous state is intact). */
public class WatchlistUnavailableException extends RuntimeException {
    public WatchlistUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
