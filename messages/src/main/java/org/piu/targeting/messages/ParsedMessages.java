package org.piu.targeting.messages;

import java.util.List;
import org.piu.targeting.model.FlightManifest;

/**
 * What one raw transmission contained: one manifest per flight, every recovered problem, and the SHA-256 of the
 * raw text (hex, lower case) by which the app recognizes a message it has already received.
 *
 * @param complete false when a multi-part message lacks a part (the manifests are then partial; a warning says
 *                 which part is missing)
 * @param push FULL for PAXLST and full PNR pushes, UPDATE for PNRGOV update pushes
 * @param cancelledBookings record locators an update push removed from the flight (empty for full pushes)
 * @param parts the parts of multi-part messages found in the text (empty when no message was split)
 */
public record ParsedMessages(
        MessageKind kind,
        List<FlightManifest> manifests,
        List<Warning> warnings,
        String contentHash,
        boolean complete,
        PushType push,
        List<String> cancelledBookings,
        List<MessagePart> parts) {
    public ParsedMessages {
        manifests = List.copyOf(manifests);
        warnings = List.copyOf(warnings);
        cancelledBookings = cancelledBookings == null ? List.of() : List.copyOf(cancelledBookings);
        parts = parts == null ? List.of() : List.copyOf(parts);
    }
}
