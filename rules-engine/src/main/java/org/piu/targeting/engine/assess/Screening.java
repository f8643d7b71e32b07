package org.piu.targeting.engine.assess;

/** Whether every watchlist could be searched for this flight (DEGRADED: some could not; hits may be missing). */
public enum Screening {
    COMPLETE,
    DEGRADED
}
