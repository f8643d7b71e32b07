package org.piu.targeting.model;

import java.time.OffsetDateTime;

/** An operated flight leg as announced in API/PNR data; times carry the local offset of their airport. */
public record Flight(
        String carrier,
        String number,
        String origin,
        String destination,
        OffsetDateTime departure,
        OffsetDateTime arrival) {

    /** Carrier, number, local departure date and route: how API and PNR data of the same flight are joined. */
    public String key() {
        String date =
                departure == null ? "unknown-date" : departure.toLocalDate().toString();
        return carrier + number + "-" + date + "-" + origin + destination;
    }
}
