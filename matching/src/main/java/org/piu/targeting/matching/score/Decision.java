package org.piu.targeting.matching.score;

/** What a reviewer must do with a match. */
public enum Decision {
    /** Strong enough to act on (after confirmation). */
    ALERT,
    /** Possible match: a reviewer decides. */
    REVIEW
}
