package org.piu.targeting.engine.facts;

/**
 * Direction of travel relative to the PIU's home countries. A passenger is TRANSIT when the assessed flight is
 * only one leg of a journey that connects through a home airport (arrives and leaves again within 24 hours).
 * FOREIGN: neither end of the flight is at home (e.g. an overflight notified by agreement).
 */
public enum Direction {
    INBOUND,
    OUTBOUND,
    TRANSIT,
    DOMESTIC,
    FOREIGN
}
