package org.piu.targeting.messages.edifact;

import java.util.List;

/**
 * One UNH..UNT message of an interchange. {@code body} holds the segments between UNH and UNT.
 *
 * @param type message type from UNH S009 (PAXLST, PNRGOV, ...)
 * @param version version and release joined as the guides write them ("D:05B", "11:1")
 * @param commonAccessReference UNH element 3, which ties the parts of a multi-part message together
 * @param partNumber UNH S010 sequence of transfers, 0 when the message is not split
 * @param partIndicator UNH S010 first/last transfer: C for the first part, F for the final one, "" between
 */
public record EdifactMessage(
        EdifactSegment header,
        List<EdifactSegment> body,
        String type,
        String version,
        String reference,
        String commonAccessReference,
        int partNumber,
        String partIndicator) {
    public EdifactMessage {
        body = List.copyOf(body);
    }
}
