package org.piu.targeting.messages.pnrgov;

import java.util.List;
import org.piu.targeting.messages.PushType;
import org.piu.targeting.messages.manifest.ManifestDraft;

/** What one PNRGOV message gives: the flight with its bookings, the push type and cancelled record locators. */
public record PnrgovContent(ManifestDraft draft, PushType push, List<String> cancelledBookings) {
    public PnrgovContent {
        cancelledBookings = List.copyOf(cancelledBookings);
    }
}
