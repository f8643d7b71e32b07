package org.piu.targeting.matching.score.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.piu.targeting.matching.score.evidence.Finding.Effect;
import org.piu.targeting.matching.watchlist.ListedDocument;

class DocumentEvidenceTest {

    private final DocumentEvidence evidence = new DocumentEvidence(ScoringWeights.defaults());
    private final ListedDocument passport = new ListedDocument("P", "AB1234567", "MDA");
    private final ListedDocument idCard = new ListedDocument("", "XC0007771", "");

    @Test
    void finds_the_listed_document_with_the_same_number_in_canonical_form() {
        assertThat(evidence.sameNumber("ab 123-4567", List.of(idCard, passport)))
                .contains(passport);
        assertThat(evidence.sameNumber("XCOOO7771", List.of(idCard, passport)))
                .as("O read as 0")
                .contains(idCard);
        assertThat(evidence.sameNumber("AB1234568", List.of(idCard, passport))).isEmpty();
        assertThat(evidence.sameNumber("AB12", List.of(new ListedDocument("", "AB12", ""))))
                .as("too short to identify anyone")
                .isEmpty();
        assertThat(evidence.sameNumber(null, List.of(passport))).isEmpty();
    }

    @Test
    void the_number_alone_earns_the_full_document_score_and_is_explained_with_its_canonical_form() {
        Finding number = evidence.number("ab 123-4567", passport);
        assertThat(number.effect()).isEqualTo(Effect.SUPPORTS);
        assertThat(number.applyTo(0)).isEqualTo(1.0);
        assertThat(number.explanation()).isEqualTo("document ab 123-4567 = AB1234567 (P) [normalized AB1234567]");
        assertThat(evidence.number("XC0007771", idCard).explanation())
                .isEqualTo("document XC0007771 = XC0007771 [normalized XC0007771]");
    }

    @Test
    void different_issuing_countries_weaken_the_match() {
        Finding f = evidence.issuingCountry("rou ", passport);
        assertThat(f.effect()).isEqualTo(Effect.CONTRADICTS);
        assertThat(f.applyTo(1.0)).isEqualTo(0.75);
        assertThat(f.explanation()).isEqualTo("issuing country ROU ≠ MDA");
    }

    @Test
    void the_same_country_in_alpha_2_or_alpha_3_and_an_unknown_one_leave_the_score() {
        Finding same = evidence.issuingCountry("MD", passport);
        assertThat(same.effect()).isEqualTo(Effect.NEUTRAL);
        assertThat(same.explanation()).isEqualTo("issuing country MD = MDA");
        Finding unknown = evidence.issuingCountry(null, passport);
        assertThat(unknown.effect()).isEqualTo(Effect.NEUTRAL);
        assertThat(unknown.explanation()).isEqualTo("issuing country ? = MDA");
        assertThat(evidence.issuingCountry("MDA", idCard).explanation()).isEqualTo("issuing country MDA = ?");
        assertThat(evidence.issuingCountry(" ", idCard)).isSameAs(Finding.NONE);
    }

    @Test
    void uses_the_weights_it_is_given() {
        DocumentEvidence other = new DocumentEvidence(AdjustedWeights.defaultsWith("documentCountryConflict", 0.5));
        assertThat(other.issuingCountry("ROU", passport).applyTo(1.0)).isEqualTo(0.5);
    }
}
