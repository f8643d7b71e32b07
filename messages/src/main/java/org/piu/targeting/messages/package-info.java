/**
 * PAXLST (API) and PNRGOV (PNR push) EDIFACT in, {@link org.piu.targeting.model.FlightManifest} out.
 *
 * <p>Entry point: {@link org.piu.targeting.messages.MessageParser#parse(String)}. Writers for sample data and
 * tests: {@link org.piu.targeting.messages.paxlst.PaxlstWriter}, {@link org.piu.targeting.messages.pnrgov.PnrgovWriter}.
 *
 * <p>Decisions (see also the class comments):
 * <ul>
 * <li>StAEDI tokenizes (any UNA, release character, envelopes, several interchanges in one text) without a
 * message schema; the readers interpret segments, which is what makes them lenient. Control code validation is
 * off; envelope problems StAEDI reports as events (counts, references) become warnings.</li>
 * <li>A missing part of a multi-part message gives a partial manifest, {@code complete=false} and a warning
 * naming the part; the pipeline can assess now and reassess when the rest arrives (parts received in separate
 * requests are read together by concatenating their texts).</li>
 * <li>Unrecoverable: no UNA/UNB/UNH at the start, broken syntax StAEDI cannot tokenize (it throws), a truncated
 * interchange, no UNH, a type other than PAXLST/PNRGOV, PAXLST without BGM or TDT, PNRGOV without header TVL.
 * Everything else (unknown segments and qualifiers, bad optional dates and numbers, missing UNT, missing UNA/UNB,
 * values over 512 characters, wrong counts) is a warning.</li>
 * <li>EDIFACT has no time zones: times are local and carried at offset +00:00 (the local date, and so the flight
 * key, stays right). Flight numbers lose leading zeros ("0172" and "9U0172" both become 172).</li>
 * <li>Sensitive data (EU PNR Directive art. 13(4)): special meals, medical and assistance SSRs, OSI/IFT remarks,
 * PAXLST FTX remarks and history lines are dropped on receipt; only their count appears in one warning. Error
 * and warning texts never quote free text or SSR content: at most a code, a tag, one character, or the bad value
 * of a date or number field.</li>
 * </ul>
 */
package org.piu.targeting.messages;
