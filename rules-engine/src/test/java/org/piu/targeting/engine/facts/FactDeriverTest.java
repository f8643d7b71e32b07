package org.piu.targeting.engine.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.piu.targeting.engine.fixture.Manifests.*;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.piu.targeting.engine.rule.RuleDocuments;
import org.piu.targeting.model.Agency;
import org.piu.targeting.model.AirportDirectory;
import org.piu.targeting.model.Booking;
import org.piu.targeting.model.Flight;
import org.piu.targeting.model.FlightManifest;
import org.piu.targeting.model.Passenger;
import org.piu.targeting.model.Payment;
import org.piu.targeting.model.PaymentType;
import org.piu.targeting.model.Segment;
import org.piu.targeting.model.TravelDocument;

class FactDeriverTest {

    private final FactDeriver deriver = new FactDeriver(AirportDirectory.standard(), Set.of("MDA"));

    private PassengerFacts only(FlightManifest m) {
        return deriver.derive(m, List.of()).passengers().get(0);
    }

    @Test
    void derives_lead_time_age_and_document_validity_at_departure() {
        Passenger p = withBirth(passenger("P1", "CIOBANU", "MDA", "B1"), LocalDate.of(1985, 11, 23));
        p = withDocument(p, new TravelDocument("P", "AB1", "ROU", LocalDate.of(2026, 12, 2)));
        PassengerFacts f =
                only(new FlightManifest(IST_KIV, List.of(p), List.of(booking("B1", 13.5, null, List.of("P1")))));
        assertThat(f.bookingLeadTimeHours()).isEqualTo(13.5);
        assertThat(f.ageYears()).isEqualTo(40.0); // 41st birthday is the day after departure
        assertThat(f.documentDaysValid()).isEqualTo(10.0);
        assertThat(f.documentIssuerDiffers()).isTrue();
        assertThat(f.flightDirection()).isEqualTo("INBOUND");
        assertThat(f.flightOriginCountry()).isEqualTo("TUR");
        assertThat(f.flightRoute()).isEqualTo("IST-KIV");
        assertThat(f.bookingTravellers()).isEqualTo(1.0);
        assertThat(f.homeNational()).isTrue();
    }

    @Test
    void reads_itinerary_shape_one_way_segments_countries_gaps_and_transit() {
        Booking b = withItinerary(
                booking("B1", 100, null, List.of("P1")),
                List.of(
                        new Segment("TK", "1881", "TBS", "IST", DEPARTURE.minusHours(8), DEPARTURE.minusHours(6)),
                        new Segment("9U", "172", "IST", "KIV", DEPARTURE, IST_KIV.arrival()),
                        new Segment("9U", "501", "KIV", "MUC", IST_KIV.arrival().plusHours(5), null)));
        PassengerFacts f = only(new FlightManifest(IST_KIV, List.of(passenger("P1", "X", "GEO", "B1")), List.of(b)));
        assertThat(f.bookingSegments()).isEqualTo(3.0);
        assertThat(f.bookingCountries()).isEqualTo(4.0); // GEO, TUR, MDA, DEU
        assertThat(f.bookingOneWay()).isTrue();
        assertThat(f.bookingSurfaceGaps()).isEqualTo(0.0);
        assertThat(f.bookingMaxGroundTimeHours()).isEqualTo(6.0);
        assertThat(f.direction()).isEqualTo("TRANSIT");
        assertThat(f.flightDirection()).isEqualTo("INBOUND");
        assertThat(f.bookingItineraryOrigin()).isEqualTo("TBS");
        assertThat(f.bookingOriginCountry()).isEqualTo("GEO");
    }

    @Test
    void a_return_trip_with_a_surface_sector_is_not_one_way_and_counts_the_gap() {
        Booking b = withItinerary(
                booking("B1", 100, null, List.of("P1")),
                List.of(
                        new Segment("9U", "172", "IST", "KIV", DEPARTURE, null),
                        new Segment("9U", "171", "OTP", "SAW", DEPARTURE.plusDays(5), null)));
        PassengerFacts f = only(new FlightManifest(IST_KIV, List.of(passenger("P1", "X", "TUR", "B1")), List.of(b)));
        assertThat(f.bookingOneWay()).isFalse();
        assertThat(f.bookingSurfaceGaps()).isEqualTo(1.0);
        assertThat(f.direction()).isEqualTo("INBOUND");
    }

    @Test
    void outbound_and_unknown_airports_yield_direction_or_null_without_failing() {
        Flight out = new Flight("9U", "171", "KIV", "IST", DEPARTURE, null);
        assertThat(only(new FlightManifest(out, List.of(passenger("P1", "X", "MDA", null)), List.of()))
                        .direction())
                .isEqualTo("OUTBOUND");
        Flight unknown = new Flight("XX", "1", "QQQ", "ZZZ", DEPARTURE, null);
        FlightFacts facts = deriver.derive(
                new FlightManifest(unknown, List.of(passenger("P1", "X", "MDA", null)), List.of()), List.of());
        assertThat(facts.passengers().get(0).flightOriginCountry()).isNull();
        assertThat(facts.passengers().get(0).direction()).isNull();
        assertThat(facts.warnings()).anyMatch(w -> w.contains("QQQ"));
    }

    @Test
    void counts_bookings_sharing_a_phone_a_card_an_agency_and_a_payer_who_does_not_travel() {
        Payment card = new Payment(PaymentType.CARD, "4111XXXXXXXX1111", 100.0, "EUR", "VASILE RUSU");
        List<Booking> bookings = List.of(
                withPayments(booking("B1", 100, "+373 69 111 222", List.of("P1")), List.of(card)),
                withPayments(booking("B2", 100, "+37369111222", List.of("P2")), List.of(card)),
                withAgency(booking("B3", 100, "+37369999999", List.of("P3")), new Agency("999", "OTHER", "MDA")));
        FlightManifest m = new FlightManifest(
                IST_KIV,
                List.of(
                        passenger("P1", "A", "MDA", "B1"),
                        passenger("P2", "B", "MDA", "B2"),
                        passenger("P3", "C", "MDA", "B3")),
                bookings);
        List<PassengerFacts> fs = deriver.derive(m, List.of()).passengers();
        assertThat(fs.get(0).sharedContactBookings()).isEqualTo(2.0);
        assertThat(fs.get(2).sharedContactBookings()).isEqualTo(1.0);
        assertThat(fs.get(0).sharedCardBookings()).isEqualTo(2.0);
        assertThat(fs.get(2).sharedCardBookings()).isEqualTo(0.0);
        assertThat(fs.get(0).sharedAgencyBookings()).isEqualTo(2.0);
        assertThat(fs.get(0).payerNotTravellingBookings()).isEqualTo(2.0);
        assertThat(fs.get(0).paymentPayerTravelling()).isFalse();
        assertThat(fs.get(2).payerNotTravellingBookings()).isEqualTo(0.0);
    }

    @Test
    void a_passenger_without_booking_or_documents_has_empty_booking_facts() {
        Passenger crew = withDocument(passenger("C1", "X", "MDA", null), null);
        PassengerFacts f = only(new FlightManifest(IST_KIV, List.of(crew), List.of()));
        assertThat(f.bookingPresent()).isFalse();
        assertThat(f.bookingLeadTimeHours()).isNull();
        assertThat(f.documentCount()).isEqualTo(0.0);
        assertThat(f.documentDaysValid()).isNull();
    }

    @Test
    void a_bag_weight_without_a_count_leaves_the_count_unknown_not_zero() {
        FlightManifest manifest = RuleDocuments.manifestMapper().readValue("""
                        {"flight": {"carrier": "9U", "number": "172", "origin": "IST", "destination": "KIV",
                                    "departure": "2026-11-22T07:40:00+03:00"},
                         "passengers": [{"id": "P1", "bags": {"weightKg": 23}}]}
                        """, FlightManifest.class);
        PassengerFacts f = only(manifest);
        assertThat(f.bagCount()).isNull();
        assertThat(f.bagWeightKg()).isEqualTo(23.0);
    }

    @Test
    void the_airport_table_knows_hundreds_of_airports() {
        assertThat(AirportDirectory.standard().size()).isGreaterThan(300);
        assertThat(AirportDirectory.standard().country("kiv")).isEqualTo("MDA");
        assertThat(AirportDirectory.standard().country("NOPE")).isNull();
        assertThat(AirportDirectory.standard().country(null)).isNull();
    }

    @Test
    void unused_offsets_do_not_shift_the_local_departure_date() {
        OffsetDateTime late = OffsetDateTime.parse("2026-11-22T23:30:00+03:00");
        Flight f = new Flight("9U", "1", "IST", "KIV", late, null);
        assertThat(only(new FlightManifest(f, List.of(passenger("P1", "X", "MDA", null)), List.of()))
                        .flightDepartureDate())
                .isEqualTo(LocalDate.of(2026, 11, 22));
    }
}
