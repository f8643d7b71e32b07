package org.piu.targeting.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.piu.targeting.messages.paxlst.PaxlstWriter;
import org.piu.targeting.messages.pnrgov.PnrgovWriter;
import org.piu.targeting.model.FlightManifest;

class RoundTripTest {

    @Test
    void paxlst_written_by_the_writer_reads_back_identically() {
        FlightManifest manifest = SampleManifests.api();

        ParsedMessages parsed = Fixtures.parser().parse(new PaxlstWriter().write(manifest));

        assertThat(parsed.manifests()).containsExactly(manifest);
        assertThat(parsed.warnings()).isEmpty();
    }

    @Test
    void flight_times_are_local_at_each_airport_and_an_unknown_airport_is_named_in_a_warning() {
        FlightManifest api = SampleManifests.api();
        // 06:00 in Chisinau (+02:00 in winter) is 04:00 UTC, 09:30 in Tbilisi (+04:00) is 05:30 UTC
        var kivTbs = new org.piu.targeting.model.Flight(
                "9U",
                "801",
                "KIV",
                "TBS",
                java.time.OffsetDateTime.parse("2026-11-22T06:00+02:00"),
                java.time.OffsetDateTime.parse("2026-11-22T09:30+04:00"));
        ParsedMessages known = Fixtures.parser()
                .parse(new PaxlstWriter().write(new FlightManifest(kivTbs, api.passengers(), List.of())));
        assertThat(known.manifests().getFirst().flight().departure().toInstant())
                .isEqualTo(java.time.Instant.parse("2026-11-22T04:00:00Z"));
        assertThat(known.manifests().getFirst().flight().arrival().toInstant())
                .isEqualTo(java.time.Instant.parse("2026-11-22T05:30:00Z"));

        var unknown = new org.piu.targeting.model.Flight(
                "9U", "802", "KIV", "QQZ", kivTbs.departure(), java.time.OffsetDateTime.parse("2026-11-22T09:30Z"));
        ParsedMessages parsed = Fixtures.parser()
                .parse(new PaxlstWriter().write(new FlightManifest(unknown, api.passengers(), List.of())));
        assertThat(parsed.manifests().getFirst().flight().arrival())
                .isEqualTo(java.time.OffsetDateTime.parse("2026-11-22T09:30Z"));
        assertThat(parsed.warnings()).singleElement().satisfies(w -> {
            assertThat(w.tag()).isEqualTo("TDT");
            assertThat(w.message()).contains("arrival time", "'QQZ'", "time zone is not known");
        });
    }

    @Test
    void an_unknown_airport_is_warned_about_once_per_message_and_a_daylight_saving_overlap_is_named() {
        FlightManifest pnr = SampleManifests.pnr();
        var feeder = new org.piu.targeting.model.Segment(
                "TK",
                "1881",
                "QQZ",
                "IST",
                java.time.OffsetDateTime.parse("2026-11-21T23:10Z"),
                java.time.OffsetDateTime.parse("2026-11-21T23:55+03:00"));
        var viaUnknown = new FlightManifest(
                pnr.flight(),
                pnr.passengers(),
                pnr.bookings().stream()
                        .map(b -> new org.piu.targeting.model.Booking(
                                b.recordLocator(),
                                b.createdAt(),
                                b.agency(),
                                b.payments(),
                                b.contacts(),
                                List.of(feeder, b.itinerary().getLast()),
                                b.passengerIds()))
                        .toList());
        assertThat(viaUnknown.bookings()).hasSizeGreaterThan(1);
        ParsedMessages parsed = Fixtures.parser().parse(new PnrgovWriter().write(viaUnknown));
        assertThat(parsed.warnings())
                .filteredOn(w -> w.message().contains("'QQZ'"))
                .hasSize(1);

        // 01:30 on 25 October 2026 happens twice in London (clocks go back at 02:00 BST)
        var overnight = new org.piu.targeting.model.Flight(
                "BA",
                "884",
                "LHR",
                "KIV",
                java.time.OffsetDateTime.parse("2026-10-25T01:30+01:00"),
                java.time.OffsetDateTime.parse("2026-10-25T07:05+02:00"));
        ParsedMessages dst = Fixtures.parser()
                .parse(new PaxlstWriter()
                        .write(new FlightManifest(
                                overnight, SampleManifests.api().passengers(), List.of())));
        assertThat(dst.manifests().getFirst().flight().departure()).isEqualTo(overnight.departure());
        assertThat(dst.warnings())
                .singleElement()
                .satisfies(w -> assertThat(w.message()).contains("daylight-saving", "Europe/London", "occurs twice"));
    }

    @Test
    void paxlst_with_non_default_separators_reads_back_identically() {
        FlightManifest manifest = SampleManifests.api();
        String raw = new PaxlstWriter("#|,!^~", false).write(manifest);
        assertThat(raw).startsWith("UNA#|,!^~UNB|");

        ParsedMessages parsed = Fixtures.parser().parse(raw);

        assertThat(parsed.manifests()).containsExactly(manifest);
        assertThat(parsed.warnings()).isEmpty();
    }

    @Test
    void paxlst_written_in_parts_reassembles_identically() {
        FlightManifest manifest = SampleManifests.api();
        List<String> parts = new PaxlstWriter().writeParts(manifest, 1);
        assertThat(parts).hasSize(3);

        ParsedMessages parsed = Fixtures.parser().parse(String.join("", parts));

        assertThat(parsed.complete()).isTrue();
        assertThat(parsed.manifests()).containsExactly(manifest);
    }

    @Test
    void pnrgov_written_by_the_writer_reads_back_identically() {
        FlightManifest manifest = SampleManifests.pnr();

        ParsedMessages parsed = Fixtures.parser().parse(new PnrgovWriter().write(manifest));

        assertThat(parsed.kind()).isEqualTo(MessageKind.PNRGOV);
        assertThat(parsed.manifests()).containsExactly(manifest);
        assertThat(parsed.warnings()).isEmpty();
    }

    @Test
    void pnrgov_on_one_line_with_non_default_separators_reads_back_identically() {
        FlightManifest manifest = SampleManifests.pnr();

        ParsedMessages parsed = Fixtures.parser().parse(new PnrgovWriter("#|,!^~", false).write(manifest));

        assertThat(parsed.manifests()).containsExactly(manifest);
    }

    @Test
    void a_500_passenger_flight_round_trips_through_both_messages() {
        FlightManifest manifest = LargeFlight.of(500);

        ParsedMessages pnr = Fixtures.parser().parse(new PnrgovWriter().write(manifest));
        ParsedMessages api = Fixtures.parser()
                .parse(new PaxlstWriter()
                        .write(new FlightManifest(manifest.flight(), manifest.passengers(), List.of())));

        assertThat(pnr.manifests()).containsExactly(manifest);
        assertThat(api.manifests().get(0).passengers()).isEqualTo(manifest.passengers());
    }

    @Test
    void the_same_text_has_the_same_content_hash_and_another_text_another() {
        String raw = new PaxlstWriter().write(SampleManifests.api());

        String first = Fixtures.parser().parse(raw).contentHash();

        assertThat(Fixtures.parser().parse(raw).contentHash()).isEqualTo(first).hasSize(64);
        assertThat(Fixtures.parser().parse(raw + "\n").contentHash()).isNotEqualTo(first);
    }
}
