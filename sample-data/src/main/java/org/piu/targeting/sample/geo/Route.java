package org.piu.targeting.sample.geo;

import java.util.List;

/**
 * A scheduled city pair in one direction, with the carriers that operate it, the block time and the aircraft they
 * usually put on it. {@code flightNumberOffset} keeps the numbers of different routes of one carrier apart.
 */
public record Route(
        Airport origin,
        Airport destination,
        List<Carrier> carriers,
        int blockMinutes,
        Aircraft aircraft,
        int flightNumberOffset) {
    public Route {
        carriers = List.copyOf(carriers);
    }
}
