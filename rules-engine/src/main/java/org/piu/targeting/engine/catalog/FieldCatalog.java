package org.piu.targeting.engine.catalog;

import static org.piu.targeting.engine.catalog.FieldType.*;
import static org.piu.targeting.engine.catalog.Operator.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.piu.targeting.engine.catalog.FieldDefinition.FactSource;

/**
 * Every field a rule may use, in the order the workbench offers them, and the sensitive-data policy that says
 * which must never be offered. The catalog is the only bridge between a rule's field id and the code that reads
 * the value: no field id outside it can reach the engine.
 */
public final class FieldCatalog {

    private static final Map<FieldType, List<Operator>> OPERATORS = Map.of(
            STRING, List.of(EQ, NE, IN, NOT_IN, STARTS_WITH, ENDS_WITH, CONTAINS, EMPTY, NOT_EMPTY),
            CODE, List.of(EQ, NE, IN, NOT_IN, STARTS_WITH, EMPTY, NOT_EMPTY),
            NUMBER, List.of(EQ, NE, LT, LE, GT, GE, BETWEEN, IN, NOT_IN, EMPTY, NOT_EMPTY),
            DATE, List.of(EQ, NE, LT, LE, GT, GE, BETWEEN, WITHIN_DAYS, EMPTY, NOT_EMPTY),
            DATETIME, List.of(LT, LE, GT, GE, BETWEEN, WITHIN_HOURS, WITHIN_DAYS, EMPTY, NOT_EMPTY),
            BOOLEAN, List.of(EQ, NE, EMPTY, NOT_EMPTY));

    private static final FieldCatalog STANDARD = buildStandard();

    private final Map<String, FieldDefinition> fields = new LinkedHashMap<>();
    private final SensitiveDataPolicy policy;

    private FieldCatalog(SensitiveDataPolicy policy) {
        this.policy = policy;
    }

    /** The catalog of the API/PNR model of this engine, with the standard sensitive-data policy. */
    public static FieldCatalog standard() {
        return STANDARD;
    }

    public List<FieldDefinition> fields() {
        return List.copyOf(fields.values());
    }

    public Optional<FieldDefinition> field(String id) {
        return Optional.ofNullable(id == null ? null : fields.get(id));
    }

    public SensitiveDataPolicy policy() {
        return policy;
    }

    /** The numeric field a cross-passenger pattern is evaluated on (the pattern's threshold is its minimum). */
    public FieldDefinition patternField(PatternType type) {
        return fields.get(type.fieldId());
    }

    private static FieldCatalog buildStandard() {
        FieldCatalog c = new FieldCatalog(SensitiveDataPolicy.standard());
        // Passenger (API data)
        c.add("passenger.type", CODE, null, "PASSENGER or CREW", "PASSENGER", "passengerType");
        c.add("passenger.surname", STRING, null, "Surname as in the travel document, upper case", "CIOBANU", "surname");
        c.add(
                "passenger.givenNames",
                STRING,
                null,
                "Given names as in the travel document, upper case",
                "ION",
                "givenNames");
        c.add("passenger.gender", CODE, null, "M, F, X or U (unknown)", "M", "gender");
        c.add("passenger.nationality", CODE, "ISO 3166 alpha-3", "Nationality", "MDA", "nationality");
        c.add("passenger.residence", CODE, "ISO 3166 alpha-3", "Country of residence", "MDA", "residence");
        c.add("passenger.dateOfBirth", DATE, null, "Date of birth", "1985-03-02", "dateOfBirth");
        c.add("passenger.ageYears", NUMBER, "years", "Age in whole years on the departure date", "41", "ageYears");
        c.add("passenger.seat", STRING, null, "Seat number", "12A", "seat");
        c.add("passenger.embarkation", CODE, "IATA airport", "Where the passenger boards (API)", "IST", "embarkation");
        c.add(
                "passenger.debarkation",
                CODE,
                "IATA airport",
                "Where the passenger leaves the flight (API)",
                "KIV",
                "debarkation");
        c.add(
                "passenger.direction",
                CODE,
                null,
                "Journey direction relative to the home countries: INBOUND, "
                        + "OUTBOUND, TRANSIT (connects through a home airport within 24 h), DOMESTIC or FOREIGN",
                "TRANSIT",
                "direction");
        c.add(
                "passenger.homeNational",
                BOOLEAN,
                null,
                "Nationality is one of the home countries",
                "true",
                "homeNational");
        c.add("bags.count", NUMBER, "bags", "Number of checked bags", "1", "bagCount");
        c.add("bags.weightKg", NUMBER, "kg", "Total weight of checked bags", "23", "bagWeightKg");
        // Travel document (the passport if any, else the first document)
        c.add(
                "document.type",
                CODE,
                "ICAO 9303",
                "Type of the main travel document (P passport, I identity card)",
                "P",
                "documentType");
        c.add("document.number", STRING, null, "Number of the main travel document", "AB1234567", "documentNumber");
        c.add(
                "document.issuingCountry",
                CODE,
                "ISO 3166 alpha-3",
                "Issuing state of the main travel document",
                "MDA",
                "documentIssuingCountry");
        c.add("document.expiry", DATE, null, "Expiry date of the main travel document", "2030-01-01", "documentExpiry");
        c.add(
                "document.daysValid",
                NUMBER,
                "days",
                "Days of validity left on the departure date (negative when expired)",
                "1501",
                "documentDaysValid");
        c.add("document.count", NUMBER, "documents", "Number of travel documents reported", "1", "documentCount");
        c.add(
                "document.issuerDiffersFromNationality",
                BOOLEAN,
                null,
                "The main document was issued by a state other than the nationality",
                "false",
                "documentIssuerDiffers");
        // Flight
        c.add("flight.carrier", CODE, "IATA airline", "Operating carrier", "9U", "flightCarrier");
        c.add("flight.number", STRING, null, "Flight number", "172", "flightNumber");
        c.add("flight.origin", CODE, "IATA airport", "Departure airport of the assessed flight", "IST", "flightOrigin");
        c.add(
                "flight.destination",
                CODE,
                "IATA airport",
                "Arrival airport of the assessed flight",
                "KIV",
                "flightDestination");
        c.add(
                "flight.originCountry",
                CODE,
                "ISO 3166 alpha-3",
                "Country of the departure airport",
                "TUR",
                "flightOriginCountry");
        c.add(
                "flight.destinationCountry",
                CODE,
                "ISO 3166 alpha-3",
                "Country of the arrival airport",
                "MDA",
                "flightDestinationCountry");
        c.add("flight.route", CODE, "ORIGIN-DESTINATION", "Route of the assessed flight", "IST-KIV", "flightRoute");
        c.add(
                "flight.direction",
                CODE,
                null,
                "Direction of the flight relative to the home countries: INBOUND, OUTBOUND, DOMESTIC or FOREIGN",
                "INBOUND",
                "flightDirection");
        c.add(
                "flight.departure",
                DATETIME,
                null,
                "Scheduled departure (instant)",
                "2026-11-22T07:40:00+03:00",
                "flightDeparture");
        c.add(
                "flight.departureHour",
                NUMBER,
                "hour (0-23, local)",
                "Local hour of departure",
                "7",
                "flightDepartureHour");
        // Booking (PNR) and its derived facts
        c.add("booking.present", BOOLEAN, null, "PNR data is available for the passenger", "true", "bookingPresent");
        c.add("booking.recordLocator", STRING, null, "Record locator of the booking", "X7K2QP", "recordLocator");
        c.add(
                "booking.createdAt",
                DATETIME,
                null,
                "When the booking was created",
                "2026-11-21T18:02:00Z",
                "bookingCreatedAt");
        c.add(
                "booking.leadTimeHours",
                NUMBER,
                "hours",
                "Hours between booking creation and departure of the assessed flight",
                "13.6",
                "bookingLeadTimeHours");
        c.add(
                "booking.travellers",
                NUMBER,
                "passengers",
                "Number of travellers in the booking",
                "1",
                "bookingTravellers");
        c.add(
                "booking.oneWay",
                BOOLEAN,
                null,
                "The itinerary does not return to its first origin (city pair)",
                "true",
                "bookingOneWay");
        c.add(
                "booking.segments",
                NUMBER,
                "segments",
                "Number of flight segments in the itinerary",
                "2",
                "bookingSegments");
        c.add(
                "booking.countries",
                NUMBER,
                "countries",
                "Number of distinct countries the itinerary touches (known airports only)",
                "3",
                "bookingCountries");
        c.add(
                "booking.surfaceGaps",
                NUMBER,
                "gaps",
                "Itinerary gaps: times a segment does not start where the previous one ended (surface sector)",
                "0",
                "bookingSurfaceGaps");
        c.add(
                "booking.maxGroundTimeHours",
                NUMBER,
                "hours",
                "Longest time on the ground between consecutive segments",
                "8.5",
                "bookingMaxGroundTimeHours");
        c.add(
                "booking.itineraryOrigin",
                CODE,
                "IATA airport",
                "First airport of the itinerary",
                "TBS",
                "bookingItineraryOrigin");
        c.add(
                "booking.itineraryDestination",
                CODE,
                "IATA airport",
                "Last airport of the itinerary",
                "KIV",
                "bookingItineraryDestination");
        c.add(
                "booking.originCountry",
                CODE,
                "ISO 3166 alpha-3",
                "Country where the itinerary begins",
                "GEO",
                "bookingOriginCountry");
        c.add(
                "agency.iata",
                CODE,
                "IATA/ARC number",
                "Agency or office that created the booking",
                "12345678",
                "agencyIata");
        c.add("agency.name", STRING, null, "Name of the booking agency", "BOSPHORUS TRAVEL", "agencyName");
        c.add("agency.country", CODE, "ISO 3166 alpha-3", "Country of the booking agency", "TUR", "agencyCountry");
        c.add(
                "payment.type",
                CODE,
                null,
                "Form of the first payment: CASH, CARD, INVOICE or OTHER",
                "CASH",
                "paymentType");
        c.add("payment.cash", BOOLEAN, null, "Any part of the booking was paid in cash", "true", "paymentCash");
        c.add("payment.amount", NUMBER, "amount in payment.currency", "Total amount paid", "212.0", "paymentAmount");
        c.add("payment.currency", CODE, "ISO 4217", "Currency of the first payment", "EUR", "paymentCurrency");
        c.add(
                "payment.payerTravelling",
                BOOLEAN,
                null,
                "The named payer is one of the travellers (empty when no payer name)",
                "false",
                "paymentPayerTravelling");
        c.add("contact.phone", STRING, null, "First phone number of the booking", "+37369123456", "contactPhone");
        c.add("contact.email", STRING, null, "First e-mail address of the booking", "ION@EXAMPLE.MD", "contactEmail");
        c.add(
                "contact.emailDomain",
                STRING,
                null,
                "Domain of the first e-mail address",
                "EXAMPLE.MD",
                "contactEmailDomain");
        // Cross-passenger patterns of the flight
        for (PatternType t : PatternType.values()) {
            c.add(t.fieldId(), NUMBER, "bookings", t.description(), "3", t.property());
        }
        // Watchlist matches (from matching)
        c.addWatchlist(
                "watchlist.decision",
                CODE,
                null,
                "Decision of a watchlist match: ALERT or REVIEW",
                "REVIEW",
                "decision");
        c.addWatchlist("watchlist.list", CODE, null, "Name of the watchlist that matched", "INTERPOL-SLTD", "list");
        c.addWatchlist("watchlist.score", NUMBER, "0..1", "Match score", "0.87", "score");
        c.addWatchlist("watchlist.entryId", STRING, null, "Id of the matched watchlist entry", "E-1042", "entryId");
        return c;
    }

    private void add(String id, FieldType type, String unit, String description, String example, String property) {
        put(new FieldDefinition(
                id, type, unit, description, example, OPERATORS.get(type), FactSource.PASSENGER, property));
    }

    private void addWatchlist(
            String id, FieldType type, String unit, String description, String example, String property) {
        put(new FieldDefinition(
                id, type, unit, description, example, OPERATORS.get(type), FactSource.WATCHLIST, property));
    }

    private void put(FieldDefinition f) {
        if (fields.putIfAbsent(f.id(), f) != null) {
            throw new IllegalStateException("duplicate catalog field " + f.id());
        }
    }
}
