package org.piu.targeting.workbench.audit;

import java.time.Instant;

/**
 * One view of a passenger's personal data (EU PNR Directive art. 13: the consultation log), as the data protection
 * officer reads it.
 *
 * @param sequence    the entry's place in the audit log
 * @param purpose     why the data was shown, e.g. the review item or the screen that showed it
 */
public record Consultation(
        long sequence, Instant time, String user, String flightKey, String passengerId, String purpose) {

    static Consultation of(AuditLogEntry e) {
        return new Consultation(
                e.sequence(),
                e.time(),
                e.actor(),
                e.details().get(AuditLog.FLIGHT_KEY),
                e.details().get(AuditLog.PASSENGER_ID),
                e.details().get(AuditLog.PURPOSE));
    }
}
