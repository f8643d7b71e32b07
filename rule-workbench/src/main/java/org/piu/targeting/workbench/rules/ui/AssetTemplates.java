package org.piu.targeting.workbench.rules.ui;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import org.piu.targeting.repo.AssetKind;

/** The documents a new rule, named list or scenario starts from. */
final class AssetTemplates {

    private AssetTemplates() {}

    /**
     * A starting document, so that a new author sees the shape of the language rather than an empty box. The
     * prompts are in the author's language (single-quoted YAML: the bundles have no ASCII apostrophe); the keys are
     * the rule language's own.
     */
    static String template(Component context, AssetKind kind, String id) {
        String name = id == null || id.isBlank() ? "NEW-ID" : id;
        return switch (kind) {
            case RULE ->
                """
                    id: %s
                    title: '%s'
                    description: '%s'
                    category: booking-behaviour
                    severity: MEDIUM
                    score: 40
                    justification: '%s'
                    owner: analyst@piu.example
                    reviewBy: %s
                    when:
                      all:
                        - field: booking.leadTimeHours
                          op: lt
                          value: 48
                    """.formatted(
                                name,
                                context.getTranslation("rules.template.rule.title"),
                                context.getTranslation("rules.template.rule.description"),
                                context.getTranslation("rules.template.rule.justification"),
                                LocalDate.now().plusMonths(6));
            case LIST -> """
                    id: %s
                    description: '%s'
                    values:
                      - VALUE1
                      - VALUE2
                    """.formatted(name, context.getTranslation("rules.template.list.description"));
            case SCENARIO -> """
                    id: %s
                    title: '%s'
                    given:
                      manifest:
                        flight: {carrier: "9U", number: "172", origin: IST, destination: KIV,
                                 departure: "2026-11-22T07:40:00+03:00", arrival: "2026-11-22T09:05:00+02:00"}
                        passengers:
                          - {id: P1, surname: DOE, givenNames: JOHN, dateOfBirth: "1985-03-02", gender: M,
                             nationality: MDA, type: PASSENGER, bookingRef: X7K2QP}
                        bookings:
                          - recordLocator: X7K2QP
                            createdAt: "2026-11-22T01:00:00Z"
                            payments: [{type: CASH, amount: 212.0, currency: EUR}]
                            passengerIds: [P1]
                    expect:
                      hits: [{passenger: P1, rule: R-EXAMPLE, hit: true}]
                    """.formatted(name, context.getTranslation("rules.template.scenario.title"));
        };
    }
}
