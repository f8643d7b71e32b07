package org.piu.targeting.sample.flight;

/**
 * Risk patterns the generator plants at a low rate so that the sample rules have something to find. Each maps to
 * one or more sample rules (see {@code org/piu/targeting/sample/rules}).
 */
public enum PlantedRisk {
    /** Three bookings on one flight give the same phone number. */
    SHARED_PHONE,
    /** Three bookings on one flight paid with the same card. */
    SHARED_CARD,
    /** Cash, one way, booked less than 24 hours before departure. */
    CASH_ONE_WAY_LAST_MINUTE,
    /** Two bookings paid by the same named person who travels in neither. */
    PAYER_NOT_TRAVELLING,
    /** The passport expires within 30 days after departure. */
    DOCUMENT_EXPIRING,
    /** The itinerary passes through an airport of the sample high-risk list. */
    HIGH_RISK_ROUTING,
    /** The booking was made by an agency of the sample watched-agencies list. */
    WATCHED_AGENCY,
    /** A passenger is on the sample watchlist under another spelling (native script or another romanization). */
    WATCHLIST_VARIANT,
    /** A passenger's passport number is on the lost/stolen documents list. */
    LOST_STOLEN_DOCUMENT,
    /** Five or more segments through four or more countries with short stops. */
    LONG_ITINERARY_SHORT_STAY
}
