/**
 * PAXLST (API) and PNRGOV (PNR push) EDIFACT in, one {@link org.piu.targeting.model.FlightManifest} per flight
 * out. The format as a pipeline sees it: {@code docs/formats/edifact.md}.
 *
 * <p>Entry point: {@link org.piu.targeting.messages.MessageParser#parse(String)}, which answers
 * {@link org.piu.targeting.messages.ParsedMessages} (manifests, warnings, content hash, push type, cancelled
 * bookings) or throws {@link org.piu.targeting.messages.MessageFormatException} with the position. Writers for sample
 * data and tests: {@link org.piu.targeting.messages.paxlst.PaxlstWriter},
 * {@link org.piu.targeting.messages.pnrgov.PnrgovWriter}.
 *
 * <p>Decisions (see also the class comments):
 * <ul>
 * <li>StAEDI tokenizes (any UNA, release character, envelopes, several interchanges in one text) without a
 * message schema; the readers interpret segments, which is what makes them lenient. Control code validation is
 * off; envelope problems StAEDI reports as events (counts, references) become warnings.</li>
 * <li>A missing part of a multi-part message gives a partial manifest, {@code complete=false} and a warning
 * naming the part; the pipeline can assess now and reassess when the rest arrives (a caller holding parts received
 * in separate requests can also parse their concatenated texts once).</li>
 * <li>Unrecoverable (a {@code MessageFormatException}): a text that does not start with UNA, UNB or UNH, broken
 * syntax StAEDI cannot tokenize (it throws), a truncated interchange, no UNH, a first message that is neither
 * PAXLST nor PNRGOV, PAXLST without BGM or TDT, PNRGOV without a flight (header TVL). Everything else (unknown
 * segments and qualifiers, bad optional dates and numbers, missing UNT, a bare UNH without UNA/UNB, values over 512
 * characters, wrong counts) is a warning.</li>
 * <li>EDIFACT times are local times without an offset: each is placed in the time zone of its airport (the bundled
 * airport table), so API, PNR and JSON data of a flight agree on its departure instant; an airport without a known
 * zone keeps the local time at +00:00 with one warning per airport and message, and the local date (and so the
 * flight key) stays right either way. The PNR creation time (RCI) is GMT by the standard and is kept as UTC. Flight
 * numbers lose leading zeros ("0172" and "9U0172" both become 172).</li>
 * <li>Sensitive data (EU PNR Directive art. 13(4)): special meals, medical and assistance SSRs, OSI/IFT remarks,
 * PAXLST FTX remarks and history lines are dropped on receipt; only their count appears in one warning. Error
 * and warning texts never quote free text or SSR content: at most a code, a tag, one character, or the bad value
 * of a date or number field.</li>
 * </ul>
 */
package org.piu.targeting.messages;
