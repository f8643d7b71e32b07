package org.piu.targeting.workbench.assessment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.piu.targeting.model.FlightManifest;
import org.piu.targeting.workbench.base.api.InvalidRequestException;

/**
 * What a manifest needs before it can be assessed: a flight that can be identified (it becomes the flight key) and
 * passengers that can be told apart. Each problem names the field.
 */
final class ManifestCheck {

    private ManifestCheck() {}

    static void require(FlightManifest manifest) {
        List<String> problems = new ArrayList<>();
        var f = manifest.flight();
        if (blank(f.carrier())) {
            problems.add("flight.carrier is required");
        }
        if (blank(f.number())) {
            problems.add("flight.number is required");
        }
        if (blank(f.origin())) {
            problems.add("flight.origin is required");
        }
        if (blank(f.destination())) {
            problems.add("flight.destination is required");
        }
        if (f.departure() == null) {
            problems.add("flight.departure is required (ISO date-time with offset)");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < manifest.passengers().size(); i++) {
            if (!ids.add(manifest.passengers().get(i).id())) {
                problems.add("passengers[" + i + "].id '"
                        + manifest.passengers().get(i).id() + "' is not unique");
            }
        }
        for (int b = 0; b < manifest.bookings().size(); b++) {
            var booking = manifest.bookings().get(b);
            for (int p = 0; p < booking.passengerIds().size(); p++) {
                if (!ids.contains(booking.passengerIds().get(p))) {
                    problems.add("bookings[" + b + "].passengerIds[" + p + "] '"
                            + booking.passengerIds().get(p) + "' is not a passenger of this flight");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(String.join("; ", problems));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
