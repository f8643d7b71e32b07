package org.piu.targeting.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.piu.targeting.engine.rule.RuleDocuments;
import org.piu.targeting.sample.flight.PlantedRisk;

class SampleDataTest {

    private static final LocalDate REFERENCE = LocalDate.of(2026, 11, 22);

    @Test
    void the_same_seed_and_date_give_byte_identical_sample_data() {
        assertThat(fingerprint(SampleData.generate(SampleData.DEFAULT_SEED, REFERENCE)))
                .isEqualTo(fingerprint(SampleData.generate(SampleData.DEFAULT_SEED, REFERENCE)));
    }

    @Test
    void the_first_start_sample_has_everything_a_newcomer_needs() {
        SampleData d = SampleData.generate(SampleData.DEFAULT_SEED, REFERENCE);
        assertThat(d.flights()).hasSize(24);
        assertThat(d.messages()).hasSize(24);
        assertThat(d.watchlists()).hasSize(2);
        assertThat(d.watchlists().get(0).entries()).hasSize(SampleData.SAMPLE_WATCHLIST_SIZE);
        assertThat(d.watchlists().get(0).entries()).anyMatch(e -> e.entryId().startsWith("SMP-W"));
        assertThat(d.rules()).hasSizeGreaterThanOrEqualTo(15);
        assertThat(d.scenarios()).isNotEmpty();
        assertThat(d.plantedCases().stream().map(c -> c.risk()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(PlantedRisk.values());
        assertThat(d.flights())
                .allMatch(f -> !f.manifest().flight().departure().toLocalDate().isBefore(REFERENCE));
    }

    private static String fingerprint(SampleData d) {
        StringBuilder sb = new StringBuilder();
        d.flights().forEach(f -> sb.append(RuleDocuments.manifestMapper().writeValueAsString(f.manifest())));
        d.messages().forEach(m -> sb.append(m.paxlst()).append(m.pnrgov()));
        d.watchlists().forEach(w -> sb.append(w.csv()));
        d.rules().forEach(r -> sb.append(RuleDocuments.canonicalJson(r)));
        d.scenarios().forEach(s -> sb.append(RuleDocuments.canonicalJson(s)));
        return sb.toString();
    }
}
