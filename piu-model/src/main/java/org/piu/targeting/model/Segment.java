package org.piu.targeting.model;

import java.time.OffsetDateTime;

/** One flight segment of a booking's itinerary (which may include the assessed flight itself). */
public record Segment(
        String carrier,
        String number,
        String origin,
        String destination,
        OffsetDateTime departure,
        OffsetDateTime arrival) {}
