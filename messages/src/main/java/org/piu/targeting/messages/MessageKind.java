package org.piu.targeting.messages;

import org.piu.targeting.model.MessageSource;

/**
 * The two EDIFACT messages a PIU receives: API data (PAXLST) and PNR pushes (PNRGOV). A narrower type than the
 * model's {@link MessageSource} on purpose: a parser never produces a JSON manifest.
 */
public enum MessageKind {
    PAXLST(MessageSource.PAXLST),
    PNRGOV(MessageSource.PNRGOV);

    private final MessageSource source;

    MessageKind(MessageSource source) {
        this.source = source;
    }

    /** The source the archive records for a flight read from this message. */
    public MessageSource source() {
        return source;
    }
}
