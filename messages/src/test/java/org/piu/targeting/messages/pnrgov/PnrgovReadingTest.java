package org.piu.targeting.messages.pnrgov;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.piu.targeting.messages.Fixtures;
import org.piu.targeting.messages.MessageKind;
import org.piu.targeting.messages.ParsedMessages;
import org.piu.targeting.messages.PushType;
import org.piu.targeting.messages.Warning;
import org.piu.targeting.model.Agency;
import org.piu.targeting.model.Bags;
import org.piu.targeting.model.Booking;
import org.piu.targeting.model.Contact;
import org.piu.targeting.model.ContactType;
import org.piu.targeting.model.FlightManifest;
import org.piu.targeting.model.Passenger;
import org.piu.targeting.model.Payment;
import org.piu.targeting.model.PaymentType;
import org.piu.targeting.model.Segment;
import org.piu.targeting.model.TravelDocument;

class PnrgovReadingTest {

    private static FlightManifest full() {
        ParsedMessages parsed = Fixtures.parser().parse(Fixtures.load("pnrgov-11-1-full.edi"));
        assertThat(parsed.kind()).isEqualTo(MessageKind.PNRGOV);
        assertThat(parsed.push()).isEqualTo(PushType.FULL);
        assertThat(parsed.manifests()).hasSize(1);
        return parsed.manifests().get(0);
    }

    @Test
    void reads_the_pushed_flight_from_the_header_tvl() {
        FlightManifest m = full();
        assertThat(m.flight().key()).isEqualTo("9U172-2026-11-22-ISTKIV");
        assertThat(m.flight().departure()).isEqualTo(OffsetDateTime.parse("2026-11-22T07:40+03:00"));
    }

    @Test
    void reads_bookings_with_locator_creation_agency_contacts_and_itinerary() {
        Booking b = full().bookings().get(0);
        assertThat(b.recordLocator()).isEqualTo("X7K2QP");
        assertThat(b.createdAt()).isEqualTo(OffsetDateTime.parse("2026-11-21T18:02Z"));
        assertThat(b.agency()).isEqualTo(new Agency("12345678", "ISTTRAVEL", "TUR"));
        assertThat(b.contacts())
                .containsExactly(
                        new Contact(ContactType.EMAIL, "ION.CIOBANU@EXAMPLE.MD"),
                        new Contact(ContactType.PHONE, "37369123456"),
                        new Contact(ContactType.ADDRESS, "BD DACIA 5, CHISINAU, MD, MD2060"),
                        new Contact(ContactType.PHONE, "37322123456"));
        assertThat(b.itinerary())
                .containsExactly(
                        new Segment(
                                "TK",
                                "1881",
                                "TBS",
                                "IST",
                                OffsetDateTime.parse("2026-11-21T23:10+04:00"),
                                OffsetDateTime.parse("2026-11-21T23:55+03:00")),
                        new Segment(
                                "9U",
                                "172",
                                "IST",
                                "KIV",
                                OffsetDateTime.parse("2026-11-22T07:40+03:00"),
                                OffsetDateTime.parse("2026-11-22T09:05+02:00")));
        assertThat(b.passengerIds()).containsExactly("P1", "P2");
        assertThat(full().bookings().get(1).recordLocator()).isEqualTo("LM3N8R"); // not the split-off Z9SPLT
    }

    @Test
    void reads_tickets_and_forms_of_payment_with_masked_card_and_payer() {
        FlightManifest m = full();
        assertThat(m.bookings().get(0).payments())
                .containsExactly(
                        new Payment(PaymentType.CARD, "XXXXXXXXXXXX4242", 212.0, "EUR", "MARIA CIOBANU"),
                        new Payment(PaymentType.CASH, null, 95.5, "EUR", null));
        assertThat(m.bookings().get(1).payments())
                .containsExactly(new Payment(PaymentType.INVOICE, null, 310.0, "EUR", "ACME LOGISTICS SRL"));
    }

    @Test
    void reads_travellers_with_docs_and_check_in_seat_and_bags() {
        FlightManifest m = full();
        assertThat(m.passengers()).extracting(Passenger::surname).containsExactly("CIOBANU", "CIOBANU", "OZTURK");
        Passenger ion = m.passengers().get(0);
        assertThat(ion.givenNames()).isEqualTo("ION VASILE");
        assertThat(ion.dateOfBirth()).isEqualTo(LocalDate.of(1985, 3, 2));
        assertThat(ion.gender()).isEqualTo("M");
        assertThat(ion.nationality()).isEqualTo("MDA");
        assertThat(ion.residence()).isEqualTo("MDA");
        assertThat(ion.bookingRef()).isEqualTo("X7K2QP");
        assertThat(ion.documents())
                .containsExactly(new TravelDocument("P", "AB1234567", "MDA", LocalDate.of(2030, 1, 1)));
        assertThat(ion.seat()).isEqualTo("12C"); // check-in SSD wins over the booked SSR SEAT 12A
        assertThat(ion.bags()).isEqualTo(new Bags(2, 31.0));
        Passenger elena = m.passengers().get(1);
        assertThat(elena.givenNames()).isEqualTo("ELENA");
        assertThat(elena.seat()).isEqualTo("12B"); // from SSR SEAT: no check-in seat
        assertThat(m.passengers().get(2).documents())
                .containsExactly(new TravelDocument("I", "T12345678", "TUR", LocalDate.of(2028, 12, 31)));
    }

    @Test
    void drops_religious_meal_medical_ssr_remarks_and_history_without_trace() {
        ParsedMessages parsed = Fixtures.parser().parse(Fixtures.load("pnrgov-11-1-full.edi"));

        String everything = parsed.toString();
        for (String forbidden :
                new String[] {"MOML", "KSML", "VGML", "AVML", "WCHR", "WHEELCHAIR", "VIP", "CALL BEFORE"}) {
            assertThat(everything).doesNotContain(forbidden);
        }
        assertThat(parsed.warnings())
                .extracting(Warning::message)
                .containsExactly("dropped 8 sensitive SSR/remarks (EU PNR Directive art. 13(4)); their content was"
                        + " not kept");
    }

    @Test
    void reads_update_push_with_cancelled_booking_and_masks_an_unmasked_card() {
        ParsedMessages parsed = Fixtures.parser().parse(Fixtures.load("pnrgov-13-1-update.edi"));

        assertThat(parsed.push()).isEqualTo(PushType.UPDATE);
        assertThat(parsed.cancelledBookings()).containsExactly("CNX001");
        FlightManifest m = parsed.manifests().get(0);
        assertThat(m.flight().key()).isEqualTo("EK147-2026-11-23-DXBAMS");
        assertThat(m.bookings()).extracting(Booking::recordLocator).containsExactly("UPD002");
        assertThat(m.bookings().get(0).agency()).isEqualTo(new Agency("11223344", "DXBONLINE", "ARE"));
        assertThat(m.passengers().get(0).surname()).isEqualTo("DE JONG");
        assertThat(m.passengers().get(0).givenNames()).isEqualTo("PIETER");
        assertThat(m.bookings().get(0).payments().get(0).cardNumberMasked()).isEqualTo("XXXXXXXXXXXX7890");
        assertThat(parsed.toString()).doesNotContain("5412751234567890");
        assertThat(parsed.warnings()).anySatisfy(w -> {
            assertThat(w.tag()).isEqualTo("FOP");
            assertThat(w.message()).contains("unmasked");
        });
    }

    @Test
    void a_push_received_twice_in_one_text_counts_each_traveller_once() {
        String raw = Fixtures.load("pnrgov-11-1-full.edi");

        FlightManifest m = Fixtures.parser().parse(raw + raw).manifests().get(0);

        assertThat(m.passengers()).hasSize(3);
        assertThat(m.bookings())
                .extracting(Booking::passengerIds)
                .containsExactly(java.util.List.of("P1", "P2"), java.util.List.of("P3"));
    }

    @Test
    void strips_titles_glued_to_given_names_in_tif_and_docs() {
        String raw = Fixtures.load("pnrgov-13-1-update.edi")
                .replace("TIF+DE JONG+PIETER MR:A:1", "TIF+DE JONG+PIETERMR:A:1")
                .replace("/DE JONG/PIETER'", "/DE JONG/PIETERMR/JAN'");

        Passenger p =
                Fixtures.parser().parse(raw).manifests().get(0).passengers().get(0);

        assertThat(p.givenNames()).isEqualTo("PIETER JAN");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "PNRGOV:10:1:IA",
                "PNRGOV:11:1:IA",
                "PNRGOV:12:1:IA",
                "PNRGOV:13:1:IA",
                "PNRGOV:15:1:IA",
                "PNRGOV:21:1:IA"
            })
    void reads_every_pnrgov_version_alike(String version) {
        String raw = Fixtures.load("pnrgov-11-1-full.edi").replace("PNRGOV:11:1:IA", version);

        ParsedMessages parsed = Fixtures.parser().parse(raw);

        assertThat(parsed.manifests().get(0).passengers()).hasSize(3);
        assertThat(parsed.manifests().get(0).bookings()).hasSize(2);
    }

    @Test
    void reassembles_pnrgov_parts_and_flags_a_missing_one() {
        String raw = Fixtures.load("pnrgov-11-1-full.edi");
        String header = raw.substring(0, raw.indexOf("UNH+"));
        String unh = "UNH+1+PNRGOV:11:1:IA+9U0172/221126/0740";
        String msgHead = "MSG+:22'\nORG+9U:KIV'\nTVL+221126:0740:221126:0905+IST+KIV+9U+0172'\n";
        String src1 = raw.substring(raw.indexOf("SRC'"), raw.indexOf("SRC'", raw.indexOf("SRC'") + 1));
        String src2 = raw.substring(raw.indexOf("SRC'", raw.indexOf("SRC'") + 1), raw.indexOf("UNT+"));
        String part1 = unh + "+01:C'\n" + msgHead + "EQN+1'\n" + src1 + "UNT+99+1'\n";
        String part2 = unh + "+02:F'\n" + msgHead + "EQN+1'\n" + src2 + "UNT+99+1'\n";
        String both = header + part1 + part2 + "UNE+2+5511001'\nUNZ+1+5511001'\n";

        ParsedMessages whole = Fixtures.parser().parse(both);
        assertThat(whole.complete()).isTrue();
        assertThat(whole.manifests()).hasSize(1);
        assertThat(whole.manifests().get(0).bookings())
                .extracting(Booking::recordLocator)
                .containsExactly("X7K2QP", "LM3N8R");
        assertThat(whole.manifests().get(0).passengers())
                .extracting(Passenger::id)
                .containsExactly("P1", "P2", "P3");

        ParsedMessages partial = Fixtures.parser().parse(header + part2 + "UNE+1+5511001'\nUNZ+1+5511001'\n");
        assertThat(partial.complete()).isFalse();
        assertThat(partial.manifests().get(0).bookings())
                .extracting(Booking::recordLocator)
                .containsExactly("LM3N8R");
    }
}
