package org.piu.targeting.engine.assess;

/** RULE: a targeting rule matched; WATCHLIST: screening matched an entry; DOCUMENT: a built-in document check. */
public enum HitType {
    RULE,
    WATCHLIST,
    DOCUMENT
}
