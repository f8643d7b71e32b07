package org.piu.targeting.workbench;

/** Rule documents the API tests publish: one indicator, written once. */
public final class TestRules {

    private TestRules() {}

    /** Cash-paid bookings made less than {@code leadHours} hours before departure (a rule YAML document). */
    public static String cashRule(String id, int leadHours) {
        return """
                id: %s
                title: Cash-paid booking made shortly before departure
                description: Booking paid in cash less than %d hours before departure.
                category: travel-pattern
                severity: HIGH
                score: 40
                justification: Cash bookings made shortly before departure are a documented trafficking indicator (PIU risk analysis 2026-07).
                owner: analyst.one
                reviewBy: 2027-12-31
                when:
                  all:
                    - field: payment.cash
                      op: eq
                      value: true
                    - field: booking.leadTimeHours
                      op: lt
                      value: %d
                """.formatted(id, leadHours, leadHours);
    }
}
