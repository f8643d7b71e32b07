package org.piu.targeting.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.piu.targeting.model.docs.Docs;

/** The examples of {@code docs/formats/edifact.md} read as the page says they do. */
class DocumentedMessagesTest {

    @Test
    void the_documented_paxlst_reads_as_described() {
        ParsedMessages parsed = Fixtures.parser().parse(example("paxlst"));

        assertThat(parsed.kind()).isEqualTo(MessageKind.PAXLST);
        assertThat(parsed.complete()).isTrue();
        var flight = parsed.manifests().getFirst();
        assertThat(flight.flight().key()).isEqualTo("9U172-2026-11-22-ISTKIV");
        assertThat(flight.flight().departure()).isEqualTo(OffsetDateTime.parse("2026-11-22T07:40:00+03:00"));
        assertThat(flight.flight().arrival()).isEqualTo(OffsetDateTime.parse("2026-11-22T09:05:00+02:00"));
        assertThat(flight.passengers())
                .extracting(p -> p.id() + " " + p.surname() + " " + p.nationality())
                .containsExactly("P1 CIOBANU MDA", "P2 OZTURK TUR");
        assertThat(flight.passengers().get(1).dateOfBirth()).hasToString("1991-07-15");
        assertThat(parsed.warnings())
                .extracting(Warning::message)
                .containsExactly(
                        "dropped 1 sensitive SSR/remarks (EU PNR Directive art. 13(4)); their content was not kept");
    }

    @Test
    void the_documented_pnrgov_reads_as_described() {
        ParsedMessages parsed = Fixtures.parser().parse(example("pnrgov"));

        assertThat(parsed.kind()).isEqualTo(MessageKind.PNRGOV);
        assertThat(parsed.push()).isEqualTo(PushType.FULL);
        var flight = parsed.manifests().getFirst();
        assertThat(flight.flight().key()).isEqualTo("9U172-2026-11-22-ISTKIV");
        var booking = flight.bookings().getFirst();
        assertThat(booking.recordLocator()).isEqualTo("X7K2QP");
        assertThat(booking.createdAt()).isEqualTo(OffsetDateTime.parse("2026-11-21T18:02:00Z"));
        assertThat(booking.agency().country()).isEqualTo("TUR");
        assertThat(booking.payments().getFirst().payerName()).isEqualTo("MARIA CIOBANU");
        assertThat(booking.itinerary())
                .extracting(s -> s.origin() + "-" + s.destination())
                .containsExactly("TBS-IST", "IST-KIV");
        assertThat(parsed.warnings())
                .extracting(Warning::message)
                .containsExactly(
                        "dropped 1 sensitive SSR/remarks (EU PNR Directive art. 13(4)); their content was not kept");
    }

    private static String example(String kind) {
        return Docs.example("formats/edifact.md", kind);
    }
}
