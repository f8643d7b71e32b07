package org.piu.targeting.model;

/** What a reviewer must do with a watchlist match. */
public enum MatchDecision {
    /** Strong enough to act on (after confirmation). */
    ALERT,
    /** Possible match: a reviewer decides. */
    REVIEW
}
