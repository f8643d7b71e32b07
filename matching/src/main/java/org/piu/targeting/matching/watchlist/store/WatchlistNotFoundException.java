package org.piu.targeting.matching.watchlist.store;

/** A request named a watchlist that does not exist. */
public class WatchlistNotFoundException extends RuntimeException {
    public WatchlistNotFoundException(String name) {
        super("watchlist '" + name + "' does not exist: create it with PUT /api/v1/watchlists/" + name + " first");
    }
}
