package org.piu.targeting.matching.watchlist.store;

import org.piu.targeting.matching.MatchingException;

/** A request named a watchlist that does not exist. */
public class WatchlistNotFoundException extends MatchingException {
    public WatchlistNotFoundException(String name) {
        super("watchlist '" + name + "' does not exist: create it with PUT /api/v1/watchlists/" + name + " first");
    }
}
