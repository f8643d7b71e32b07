package org.piu.targeting.messages;

/**
 * Whether a transmission carries everything known for the flight (FULL; every PAXLST, PNRGOV with MSG 22) or
 * only the bookings changed since the previous push (UPDATE; PNRGOV with MSG 141), in which case bookings listed
 * in {@link ParsedMessages#cancelledBookings()} left the flight and must be removed from the earlier state.
 */
public enum PushType {
    FULL,
    UPDATE
}
