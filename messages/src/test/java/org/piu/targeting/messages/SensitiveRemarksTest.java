package org.piu.targeting.messages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SensitiveRemarksTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "MOML", "KSML", "HNML", "VGML", "AVML", "VJML", "DBML", "GFML", "WCHR", "WCHS", "WCHC", "MEDA", "BLND",
                "DEAF", "DPNA", "STCR", "OXYG", "OTHS", "moml"
            })
    void treats_religious_meal_medical_and_free_text_requests_as_sensitive(String code) {
        assertThat(SensitiveRemarks.isSensitiveSsr(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"DOCS", "DOCO", "DOCA", "SEAT", "FQTV", "CTCE", "CTCM", "UMNR", "PETC", "DEPA", "ML", ""})
    void keeps_document_seat_contact_and_other_requests(String code) {
        assertThat(SensitiveRemarks.isSensitiveSsr(code)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0/O/21NOV1802 ISTTRAVEL SSR MOML 9U HK1", "SSR/WCHR/HK1", "x ksml y"})
    void finds_a_sensitive_code_mentioned_in_a_history_line(String line) {
        assertThat(SensitiveRemarks.mentionsSensitiveSsr(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0/A/21NOV1805 ISTTRAVEL FOP CC", "HOMELAND", "SSR DOCS"})
    void does_not_flag_ordinary_history_lines(String line) {
        assertThat(SensitiveRemarks.mentionsSensitiveSsr(line)).isFalse();
    }
}
