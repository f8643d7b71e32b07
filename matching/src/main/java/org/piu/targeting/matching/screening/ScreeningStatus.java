package org.piu.targeting.matching.screening;

/** COMPLETE: every person was screened against every list. DEGRADED: some screening did not happen (see reason). */
public enum ScreeningStatus {
    COMPLETE,
    DEGRADED
}
