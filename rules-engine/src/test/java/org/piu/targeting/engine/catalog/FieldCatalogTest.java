package org.piu.targeting.engine.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.piu.targeting.engine.facts.PassengerFacts;
import org.piu.targeting.engine.facts.WatchlistFacts;

class FieldCatalogTest {

    private final FieldCatalog catalog = FieldCatalog.standard();

    @Test
    void every_field_maps_to_a_property_of_the_facts_the_rules_see() {
        Set<String> passenger = names(PassengerFacts.class);
        Set<String> watchlist = names(WatchlistFacts.class);
        for (FieldDefinition f : catalog.fields()) {
            Set<String> props = f.source() == FieldDefinition.FactSource.WATCHLIST ? watchlist : passenger;
            assertThat(props).as(f.id()).contains(f.property());
            assertThat(f.description()).as(f.id()).isNotBlank();
            assertThat(f.example()).as(f.id()).isNotBlank();
            assertThat(f.operators()).as(f.id()).isNotEmpty();
        }
    }

    @Test
    void offers_the_derived_facts_analysts_need() {
        assertThat(catalog.fields())
                .extracting(FieldDefinition::id)
                .contains(
                        "passenger.nationality",
                        "booking.leadTimeHours",
                        "document.daysValid",
                        "watchlist.decision",
                        "watchlist.list",
                        "watchlist.score",
                        "booking.oneWay",
                        "booking.segments",
                        "booking.countries",
                        "booking.surfaceGaps",
                        "booking.travellers",
                        "passenger.ageYears",
                        "passenger.direction",
                        "flight.route",
                        "pattern.sharedContactBookings",
                        "pattern.sharedCardBookings",
                        "pattern.sharedAgencyBookings",
                        "pattern.payerNotTravellingBookings");
        assertThat(catalog.field("booking.leadTimeHours").orElseThrow().unit()).isEqualTo("hours");
        assertThat(catalog.field("booking.leadTimeHours").orElseThrow().operators())
                .contains(Operator.LT, Operator.BETWEEN);
        assertThat(catalog.field("booking.createdAt").orElseThrow().operators()).contains(Operator.WITHIN_HOURS);
    }

    @Test
    void never_offers_a_blocked_attribute() {
        Set<String> offered = catalog.fields().stream().map(FieldDefinition::id).collect(Collectors.toSet());
        for (BlockedTerm blocked : catalog.policy().blockedFields()) {
            assertThat(offered).doesNotContain(blocked.term());
        }
        assertThat(catalog.policy().blockedValue("moml")).isPresent();
        assertThat(catalog.policy().blockedValue("WCHR").orElseThrow().legalReason())
                .contains("2016/681", "6(4)", "13(4)", "C-817/19");
    }

    private static Set<String> names(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getName)
                .collect(Collectors.toSet());
    }
}
