package org.piu.targeting.messages;

/** The two EDIFACT messages a PIU receives: API data (PAXLST) and PNR pushes (PNRGOV). */
public enum MessageKind {
    PAXLST,
    PNRGOV
}
