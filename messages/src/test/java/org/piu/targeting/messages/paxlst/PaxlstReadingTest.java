package org.piu.targeting.messages.paxlst;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.piu.targeting.messages.Fixtures;
import org.piu.targeting.messages.MessageKind;
import org.piu.targeting.messages.MessagePart;
import org.piu.targeting.messages.ParsedMessages;
import org.piu.targeting.messages.Warning;
import org.piu.targeting.model.Bags;
import org.piu.targeting.model.FlightManifest;
import org.piu.targeting.model.Passenger;
import org.piu.targeting.model.PassengerType;
import org.piu.targeting.model.TravelDocument;

class PaxlstReadingTest {

    @Test
    void reads_d05b_multileg_list_and_puts_each_passenger_on_the_legs_they_fly() {
        ParsedMessages parsed = Fixtures.parser().parse(Fixtures.load("paxlst-d05b-multileg.edi"));

        assertThat(parsed.kind()).isEqualTo(MessageKind.PAXLST);
        assertThat(parsed.complete()).isTrue();
        assertThat(parsed.manifests())
                .extracting(m -> m.flight().key())
                .containsExactly("9U172-2026-11-22-TBSIST", "9U173-2026-11-22-ISTKIV");
        FlightManifest first = parsed.manifests().get(0);
        assertThat(first.flight().departure()).isEqualTo(OffsetDateTime.parse("2026-11-22T06:10+04:00"));
        assertThat(first.flight().arrival()).isEqualTo(OffsetDateTime.parse("2026-11-22T07:25+03:00"));
        assertThat(first.passengers()).extracting(Passenger::surname).containsExactly("CIOBANU");
        FlightManifest second = parsed.manifests().get(1);
        assertThat(second.passengers()).extracting(Passenger::surname).containsExactly("CIOBANU", "OZTURK");

        Passenger ion = first.passengers().get(0);
        assertThat(ion.givenNames()).isEqualTo("ION VASILE");
        assertThat(ion.gender()).isEqualTo("M");
        assertThat(ion.dateOfBirth()).isEqualTo(LocalDate.of(1985, 3, 2));
        assertThat(ion.nationality()).isEqualTo("MDA");
        assertThat(ion.residence()).isEqualTo("MDA");
        assertThat(ion.embarkation()).isEqualTo("TBS");
        assertThat(ion.debarkation()).isEqualTo("KIV");
        assertThat(ion.bookingRef()).isEqualTo("X7K2QP");
        assertThat(ion.seat()).isEqualTo("12A");
        assertThat(ion.bags()).isEqualTo(new Bags(1, 23.0));
        assertThat(ion.type()).isEqualTo(PassengerType.PASSENGER);
        assertThat(ion.documents())
                .containsExactly(
                        new TravelDocument("P", "AB1234567", "MDA", LocalDate.of(2030, 1, 1)),
                        new TravelDocument("V", "TR998877", "TUR", LocalDate.of(2027, 5, 15)));

        Passenger ayse = second.passengers().get(1);
        assertThat(ayse.dateOfBirth()).isEqualTo(LocalDate.of(1991, 7, 15)); // format 101, YYMMDD
        assertThat(ayse.documents())
                .containsExactly(new TravelDocument("I", "T12345678", "TUR", LocalDate.of(2028, 12, 31)));
    }

    @Test
    void drops_free_text_remarks_without_keeping_their_content() {
        ParsedMessages parsed = Fixtures.parser().parse(Fixtures.load("paxlst-d05b-multileg.edi"));

        assertThat(parsed.toString()).doesNotContain("HALAL");
        assertThat(parsed.warnings())
                .extracting(Warning::message)
                .contains("dropped 1 sensitive SSR/remarks (EU PNR Directive art. 13(4)); their content was not kept");
    }

    @Test
    void reads_d02b_crew_list_with_two_digit_years_and_intransit_crew() {
        ParsedMessages parsed = Fixtures.parser().parse(Fixtures.load("paxlst-d02b-crew.edi"));

        FlightManifest m = parsed.manifests().get(0);
        assertThat(m.flight().key()).isEqualTo("LH920-2026-11-22-FRALHR");
        assertThat(m.passengers()).extracting(Passenger::type).containsOnly(PassengerType.CREW);
        assertThat(m.passengers())
                .extracting(Passenger::dateOfBirth)
                .containsExactly(LocalDate.of(1970, 1, 1), LocalDate.of(1988, 12, 24));
        assertThat(m.passengers().get(0).documents())
                .containsExactly(new TravelDocument("P", "C01X00T47", "DEU", LocalDate.of(2029, 6, 30)));
        assertThat(m.passengers().get(1).givenNames()).isEqualTo("ANNA MARIA");
        assertThat(parsed.warnings()).isEmpty();
    }

    @Test
    void reads_d12b_with_non_default_separators_and_release_character() {
        ParsedMessages parsed = Fixtures.parser().parse(Fixtures.load("paxlst-d12b-custom-separators.edi"));

        Passenger p = parsed.manifests().get(0).passengers().get(0);
        assertThat(p.surname()).isEqualTo("O'BRIEN");
        assertThat(p.bookingRef()).isEqualTo("Q9~ZZ1");
        assertThat(p.documents()).containsExactly(new TravelDocument("P", "PX#778", "IRL", LocalDate.of(2031, 9, 9)));
        assertThat(p.bags()).isEqualTo(new Bags(0, 18.5)); // decimal comma of the UNA
        assertThat(parsed.warnings()).isEmpty();
    }

    @Test
    void reads_alpha2_country_codes_as_alpha3() {
        String raw = Fixtures.load("paxlst-d02b-crew.edi")
                .replace("NAT+2+DEU", "NAT+2+DE")
                .replace("LOC+91+DEU", "LOC+91+DE");

        Passenger p =
                Fixtures.parser().parse(raw).manifests().get(0).passengers().get(0);

        assertThat(p.nationality()).isEqualTo("DEU");
        assertThat(p.documents().get(0).issuingCountry()).isEqualTo("DEU");
    }

    @Test
    void reassembles_a_multipart_message_in_part_order() {
        ParsedMessages parsed = Fixtures.parser().parse(Fixtures.load("paxlst-multipart.edi"));

        assertThat(parsed.complete()).isTrue();
        assertThat(parsed.parts())
                .containsExactly(
                        new MessagePart("BA0117/20261124", 1, false),
                        new MessagePart("BA0117/20261124", 2, false),
                        new MessagePart("BA0117/20261124", 3, true));
        assertThat(parsed.manifests()).hasSize(1);
        assertThat(parsed.manifests().get(0).passengers())
                .extracting(Passenger::id, Passenger::surname)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("P1", "SMITH"),
                        org.assertj.core.groups.Tuple.tuple("P2", "JONES"),
                        org.assertj.core.groups.Tuple.tuple("P3", "BROWN"));
    }

    @Test
    void flags_a_missing_part_and_keeps_the_partial_manifest() {
        String raw = Fixtures.load("paxlst-multipart.edi");
        String withoutPart2 = raw.substring(0, raw.indexOf("UNH+P2")) + raw.substring(raw.indexOf("UNH+P3"));

        ParsedMessages parsed = Fixtures.parser().parse(withoutPart2);

        assertThat(parsed.complete()).isFalse();
        assertThat(parsed.manifests().get(0).passengers())
                .extracting(Passenger::surname)
                .containsExactly("SMITH", "BROWN");
        assertThat(parsed.warnings()).anySatisfy(w -> {
            assertThat(w.message()).contains("part 2 of message 'BA0117/20261124' missing");
            assertThat(w.tag()).isEqualTo("UNH");
            assertThat(w.line()).isPositive();
        });
    }

    @Test
    void reads_a_repeated_part_once() {
        String raw = Fixtures.load("paxlst-multipart.edi");
        String part2 = raw.substring(raw.indexOf("UNH+P2"), raw.indexOf("UNH+P3"));
        String twice = raw.replace(part2, part2 + part2);

        ParsedMessages parsed = Fixtures.parser().parse(twice);

        assertThat(parsed.complete()).isTrue();
        assertThat(parsed.manifests().get(0).passengers())
                .extracting(Passenger::surname)
                .containsExactly("SMITH", "JONES", "BROWN");
        assertThat(parsed.warnings()).anySatisfy(w -> assertThat(w.message()).contains("received twice"));
    }

    @Test
    void flags_a_missing_final_part() {
        String raw = Fixtures.load("paxlst-multipart.edi");
        String onlyFirst = raw.substring(0, raw.indexOf("UNH+P2")) + "UNZ+1+88001'";

        ParsedMessages parsed = Fixtures.parser().parse(onlyFirst);

        assertThat(parsed.complete()).isFalse();
        assertThat(parsed.warnings()).anySatisfy(w -> assertThat(w.message()).contains("final part (F)"));
    }
}
