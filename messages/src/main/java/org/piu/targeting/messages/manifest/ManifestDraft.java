package org.piu.targeting.messages.manifest;

import java.util.ArrayList;
import java.util.List;
import org.piu.targeting.model.Flight;

/** The content one message (or message part) gives for one flight. */
public final class ManifestDraft {
    public final Flight flight;
    public final List<PassengerDraft> passengers = new ArrayList<>();
    public final List<BookingDraft> bookings = new ArrayList<>();

    public ManifestDraft(Flight flight) {
        this.flight = flight;
    }
}
