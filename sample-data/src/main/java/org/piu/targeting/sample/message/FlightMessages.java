package org.piu.targeting.sample.message;

import java.util.List;

/**
 * The EDIFACT a PIU receives for one generated flight: the PAXLST (API data of passengers and crew; several
 * interchanges when the carrier splits a large flight) and the PNRGOV full push of its bookings.
 */
public record FlightMessages(String flightKey, List<String> paxlstParts, String pnrgov) {
    public FlightMessages {
        paxlstParts = List.copyOf(paxlstParts);
    }

    /** All PAXLST parts as one transmission (the parser reassembles them by their UNH part numbers). */
    public String paxlst() {
        return String.join("", paxlstParts);
    }
}
