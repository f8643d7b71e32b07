package org.piu.targeting.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.piu.targeting.model.Passenger;

class MalformedMessageTest {
    private final MessageParser parser = Fixtures.parser();
    private final String paxlst = Fixtures.load("paxlst-d05b-multileg.edi");

    private MessageFormatException failure(String raw) {
        try {
            parser.parse(raw);
        } catch (MessageFormatException e) {
            return e;
        }
        throw new AssertionError("expected a MessageFormatException");
    }

    @Test
    void rejects_a_truncated_interchange_naming_segment_tag_and_position() {
        int cut = paxlst.indexOf("DTM+329:910715");
        MessageFormatException e = failure(paxlst.substring(0, cut + 8));

        assertThat(e.tag()).isEqualTo("DTM");
        assertThat(e.segmentIndex()).isEqualTo(40);
        assertThat(e.line()).isEqualTo(40);
        assertThat(e.column()).isBetween(1, 9);
        assertThat(e.getMessage())
                .contains("segment 40 (DTM)")
                .contains("line 40")
                .contains("truncated");
    }

    @Test
    void rejects_an_interchange_cut_after_a_complete_segment() {
        MessageFormatException e = failure(paxlst.substring(0, paxlst.indexOf("CNT+42")));

        assertThat(e.getMessage()).contains("truncated");
        assertThat(e.line()).isGreaterThan(40);
    }

    @Test
    void rejects_text_that_is_not_edifact_with_its_position() {
        MessageFormatException e = failure("\u0000\u0001\u00ffGARBAGE");

        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(1);
        assertThat(e.problem()).contains("starts with UNA, UNB or UNH").contains("\\u0000");
    }

    @Test
    void rejects_empty_text() {
        assertThatThrownBy(() -> parser.parse("  \n"))
                .isInstanceOf(MessageFormatException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> parser.parse(null)).isInstanceOf(MessageFormatException.class);
    }

    @Test
    void skips_control_characters_and_reports_the_damaged_segment() {
        String raw = paxlst.replace("\nATT+2++F'", "\nA\u0007\u0000T+2++F'");

        ParsedMessages parsed = parser.parse(raw);

        assertThat(parsed.manifests().get(1).passengers().get(1).gender()).isNull();
        assertThat(parsed.warnings()).anySatisfy(w -> {
            assertThat(w.message()).isEqualTo("unknown segment AT ignored");
            assertThat(w.line()).isEqualTo(39);
        });
    }

    @Test
    void rejects_binary_noise_that_breaks_the_syntax_with_its_position() {
        String raw = paxlst.replace("\nATT+2++F'", "\n\u0000\u00ff\u00fe+\u0001'");

        MessageFormatException e = failure(raw);

        assertThat(e.line()).isEqualTo(39);
        assertThat(e.offset()).isBetween(0, raw.length());
    }

    @Test
    void rejects_a_paxlst_without_bgm_naming_the_segment_after_unh() {
        MessageFormatException e = failure(paxlst.replace("BGM+745'\n", ""));

        assertThat(e.problem()).contains("no BGM");
        assertThat(e.tag()).isEqualTo("RFF");
        assertThat(e.line()).isEqualTo(5);
    }

    @Test
    void rejects_an_interchange_without_unh() {
        String raw = "UNB+UNOA:4+A+B+20261122:0530+1'UNZ+0+1'";

        assertThat(failure(raw).problem()).contains("no message (UNH)");
    }

    @Test
    void rejects_a_message_type_other_than_paxlst_and_pnrgov() {
        MessageFormatException e = failure(paxlst.replace("PAXLST:D:05B", "CUSRES:D:05B"));

        assertThat(e.tag()).isEqualTo("UNH");
        assertThat(e.problem()).contains("CUSRES");
    }

    @Test
    void rejects_a_pnrgov_without_flight() {
        String raw =
                Fixtures.load("pnrgov-11-1-full.edi").replace("TVL+221126:0740:221126:0905+IST+KIV+9U+0172'\n", "");

        assertThat(failure(raw).problem()).contains("header TVL missing");
    }

    @Test
    void reads_a_message_without_una_and_unb_with_a_warning() {
        String raw = paxlst.substring(paxlst.indexOf("UNH+"), paxlst.indexOf("UNE+"));

        ParsedMessages parsed = parser.parse(raw);

        assertThat(parsed.manifests()).hasSize(2);
        assertThat(parsed.warnings()).anySatisfy(w -> assertThat(w.message()).contains("UNA/UNB) missing"));
    }

    @Test
    void recovers_from_bad_optional_dates_with_a_positioned_warning() {
        ParsedMessages parsed = parser.parse(paxlst.replace("DTM+329:19850302:102", "DTM+329:19851302:102")
                .replace("DTM+36:20300101:102", "DTM+36:2030AB01:102"));

        Passenger ion = parsed.manifests().get(0).passengers().get(0);
        assertThat(ion.dateOfBirth()).isNull();
        assertThat(ion.documents().get(0).expiry()).isNull();
        assertThat(parsed.warnings()).anySatisfy(w -> {
            assertThat(w.tag()).isEqualTo("DTM");
            assertThat(w.line()).isEqualTo(21);
            assertThat(w.message()).contains("date of birth '19851302' is not a valid date");
        });
    }

    @Test
    void ignores_unknown_segments_and_qualifiers_with_warnings() {
        ParsedMessages parsed = parser.parse(paxlst.replace("ATT+2++M'", "ATT+2++M'\nXYZ+1+2'\nLOC+999+ABC'"));

        assertThat(parsed.manifests().get(0).passengers()).hasSize(1);
        assertThat(parsed.warnings())
                .extracting(Warning::message)
                .contains("unknown segment XYZ ignored", "unknown person LOC qualifier '999' ignored");
    }

    @Test
    void cuts_an_overlong_element_with_a_warning() {
        String huge = "X".repeat(100_000);
        ParsedMessages parsed = parser.parse(paxlst.replace("CIOBANU:ION", huge + ":ION"));

        assertThat(parsed.manifests().get(0).passengers().get(0).surname()).hasSize(512);
        assertThat(parsed.warnings()).anySatisfy(w -> {
            assertThat(w.message()).contains("longer than 512 characters was cut");
            assertThat(w.line()).isEqualTo(19);
        });
    }

    @Test
    void recovers_a_missing_unt_and_a_wrong_segment_count() {
        ParsedMessages parsed =
                parser.parse(paxlst.replace("UNT+48+PAX101'\n", "").replace("UNE+1+101'", "UNE+1+101'"));

        assertThat(parsed.manifests()).hasSize(2);
        assertThat(parsed.warnings()).anySatisfy(w -> assertThat(w.message()).contains("UNT missing"));

        ParsedMessages counted = parser.parse(paxlst.replace("UNT+48+PAX101", "UNT+7+PAX101"));
        assertThat(counted.warnings()).anySatisfy(w -> assertThat(w.tag()).isEqualTo("UNT"));
    }

    @Test
    void keeps_spaces_when_the_una_declares_space_as_repetition_separator() {
        ParsedMessages parsed = parser.parse(paxlst.replace("CIOBANU:ION:VASILE", "CIOBANU:ION VASILE"));

        assertThat(parsed.manifests().get(0).passengers().get(0).givenNames()).isEqualTo("ION VASILE");
    }
}
