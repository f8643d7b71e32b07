package org.piu.targeting.workbench.rules.ui;

import java.time.LocalDate;
import org.piu.targeting.repo.AssetKind;

/** What users call each kind of asset. */
final class KindLabels {

    private KindLabels() {}

    static String singular(AssetKind kind) {
        return switch (kind) {
            case RULE -> "rule";
            case LIST -> "named list";
            case SCENARIO -> "scenario";
        };
    }

    static String plural(AssetKind kind) {
        return switch (kind) {
            case RULE -> "Rules";
            case LIST -> "Named lists";
            case SCENARIO -> "Scenarios";
        };
    }

    /** A starting document, so that a new author sees the shape of the language rather than an empty box. */
    static String template(AssetKind kind, String id) {
        String name = id == null || id.isBlank() ? "NEW-ID" : id;
        return switch (kind) {
            case RULE -> """
                    id: %s
                    title: Short description of the risk indicator
                    description: What pattern this indicator detects and why it matters.
                    category: booking-behaviour
                    severity: MEDIUM
                    score: 40
                    justification: Why this criterion is necessary and proportionate (EU PNR Directive art. 6(4)).
                    owner: analyst@piu.example
                    reviewBy: %s
                    when:
                      all:
                        - field: booking.leadTimeHours
                          op: lt
                          value: 48
                    """.formatted(name, LocalDate.now().plusMonths(6));
            case LIST -> """
                    id: %s
                    description: What the values are and where they come from
                    values:
                      - VALUE1
                      - VALUE2
                    """.formatted(name);
            case SCENARIO -> """
                    id: %s
                    title: What this scenario proves
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
                    """.formatted(name);
        };
    }
}
