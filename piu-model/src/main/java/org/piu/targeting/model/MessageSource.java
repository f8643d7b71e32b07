package org.piu.targeting.model;

/**
 * How a flight's data reached the PIU: a FlightManifest as JSON, or one of the two EDIFACT messages, API data
 * (PAXLST) or a PNR push (PNRGOV). The archive keeps it with every assessed flight.
 */
public enum MessageSource {
    JSON,
    PAXLST,
    PNRGOV
}
