package org.piu.targeting.model;

/**
 * Whether watchlist screening saw everything. COMPLETE: every person was screened against every list. DEGRADED:
 * some screening did not happen (a reason says which); missing matches must not be read as "no match".
 */
public enum ScreeningStatus {
    COMPLETE,
    DEGRADED
}
