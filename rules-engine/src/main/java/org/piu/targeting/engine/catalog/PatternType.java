package org.piu.targeting.engine.catalog;

import java.util.Arrays;
import java.util.Optional;

/**
 * Cross-passenger patterns on one flight. Each is computed once per flight into a per-passenger count, and a
 * rule's {@code pattern: {type, minBookings}} holds when that count reaches minBookings.
 */
public enum PatternType {
    SHARED_CONTACT(
            "shared_contact",
            "pattern.sharedContactBookings",
            "sharedContactBookings",
            "Bookings on this flight (this one included) sharing a phone number or e-mail with the passenger's booking"),
    SHARED_CARD(
            "shared_card",
            "pattern.sharedCardBookings",
            "sharedCardBookings",
            "Bookings on this flight (this one included) paid with the same masked card as the passenger's booking"),
    SHARED_AGENCY(
            "shared_agency",
            "pattern.sharedAgencyBookings",
            "sharedAgencyBookings",
            "Bookings on this flight (this one included) created by the same agency as the passenger's booking"),
    PAYER_NOT_TRAVELLING(
            "payer_not_travelling",
            "pattern.payerNotTravellingBookings",
            "payerNotTravellingBookings",
            "Bookings on this flight paid by the same named payer who travels in none of them (0 when the payer travels)");

    private final String code;
    private final String fieldId;
    private final String property;
    private final String description;

    PatternType(String code, String fieldId, String property, String description) {
        this.code = code;
        this.fieldId = fieldId;
        this.property = property;
        this.description = description;
    }

    public String code() {
        return code;
    }

    public String fieldId() {
        return fieldId;
    }

    String property() {
        return property;
    }

    public String description() {
        return description;
    }

    public static Optional<PatternType> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
