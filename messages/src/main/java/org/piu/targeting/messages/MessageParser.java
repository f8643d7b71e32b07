package org.piu.targeting.messages;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.piu.targeting.messages.edifact.EdifactMessage;
import org.piu.targeting.messages.edifact.EdifactTokenizer;
import org.piu.targeting.messages.edifact.Interchange;
import org.piu.targeting.messages.edifact.PrintableValue;
import org.piu.targeting.messages.edifact.ReadingContext;
import org.piu.targeting.messages.manifest.ManifestAssembler;
import org.piu.targeting.messages.manifest.ManifestDraft;
import org.piu.targeting.messages.paxlst.PaxlstReader;
import org.piu.targeting.messages.pnrgov.PnrgovContent;
import org.piu.targeting.messages.pnrgov.PnrgovReader;
import org.piu.targeting.model.AirportDirectory;
import org.piu.targeting.model.Flight;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry point for raw EDIFACT: detects PAXLST or PNRGOV from the first UNH, reads every message of the
 * text (several interchanges may follow each other), reassembles multi-part messages (UNH common access
 * reference + sequence of transfers 01:C .. nn:F) and returns one manifest per flight.
 *
 * <p>A missing part does not fail the read: the manifest holds what arrived, {@link ParsedMessages#complete()}
 * is false and a warning names the missing part, so the pipeline can assess early and reassess when the rest
 * arrives. Everything the reader cannot recover from is a {@link MessageFormatException} with the position;
 * no other exception leaves {@link #parse(String)}. Thread-safe.
 */
public final class MessageParser {
    /** More warnings than this are summarized in one last warning. */
    public static final int MAX_WARNINGS = 500;

    private static final Logger LOG = LoggerFactory.getLogger(MessageParser.class);

    private final EdifactTokenizer tokenizer = new EdifactTokenizer();
    private final PaxlstReader paxlst = new PaxlstReader();
    private final PnrgovReader pnrgov = new PnrgovReader();
    private final ManifestAssembler assembler = new ManifestAssembler();
    private final Clock clock;

    private final AirportDirectory airports;

    public MessageParser() {
        this(Clock.systemUTC());
    }

    /** The clock decides the century of two-digit birth years (never in the future). */
    public MessageParser(Clock clock) {
        this(clock, AirportDirectory.standard());
    }

    /** @param airports the time zones local flight times are read in */
    public MessageParser(Clock clock, AirportDirectory airports) {
        this.clock = clock;
        this.airports = airports;
    }

    /** Parses a PAXLST or PNRGOV transmission; see the class comment. */
    public ParsedMessages parse(String raw) {
        if (raw == null) {
            throw new MessageFormatException("the message is empty", 0, "", 1, 1, 0);
        }
        String hash = contentHash(raw);
        try {
            return read(raw, hash);
        } catch (MessageFormatException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // A defect of ours must still answer 400 with a position rather than 500; log without content.
            // Only the type and the frame: exception messages may quote message content (art. 13(4) data).
            LOG.warn(
                    "unexpected {} at {} while reading message {}",
                    e.getClass().getName(),
                    e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?",
                    hash);
            throw new MessageFormatException(
                    "the message could not be read (" + e.getClass().getSimpleName() + ")", 0, "", 1, 1, 0);
        }
    }

    /** SHA-256 of the raw text (UTF-8), lower-case hex: the identity of a transmission. */
    public static String contentHash(String raw) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(raw.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private ParsedMessages read(String raw, String hash) {
        Interchange interchange = tokenizer.read(raw);
        List<Warning> warnings = new ArrayList<>(interchange.warnings());
        if (interchange.messages().isEmpty()) {
            var last = interchange.segments().get(interchange.segments().size() - 1);
            throw new MessageFormatException(
                    "the interchange contains no message (UNH)",
                    last.index(),
                    last.tag(),
                    last.line(),
                    last.column(),
                    last.offset());
        }
        EdifactMessage firstMessage = interchange.messages().get(0);
        MessageKind kind = kind(firstMessage);
        ReadingContext ctx = new ReadingContext(warnings, LocalDate.now(clock), airports);

        List<MessagePart> parts = new ArrayList<>();
        Map<String, List<EdifactMessage>> groups = new LinkedHashMap<>();
        int single = 0;
        for (EdifactMessage m : interchange.messages()) {
            if (!m.type().equals(kind.name())) {
                ctx.warn(
                        m.header(),
                        "message of type " + printable(m.type()) + " in a " + kind + " interchange ignored");
                continue;
            }
            if (m.partNumber() > 0) {
                parts.add(new MessagePart(
                        m.commonAccessReference(),
                        m.partNumber(),
                        m.partIndicator().equals("F")));
            }
            String key = m.partNumber() > 0 ? "part|" + m.commonAccessReference() : "single|" + (single++);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
        }
        boolean complete = true;
        List<ManifestDraft> drafts = new ArrayList<>();
        PushType push = PushType.FULL;
        List<String> cancelled = new ArrayList<>();
        for (List<EdifactMessage> group : groups.values()) {
            group.sort(Comparator.comparingInt(EdifactMessage::partNumber));
            if (group.get(0).partNumber() > 0) {
                complete &= checkParts(group, ctx);
            }
            Flight inherited = null;
            for (EdifactMessage m : group) {
                if (kind == MessageKind.PAXLST) {
                    drafts.addAll(paxlst.read(m, ctx));
                } else {
                    PnrgovContent content = pnrgov.read(m, ctx, inherited);
                    inherited = content.draft().flight;
                    drafts.add(content.draft());
                    if (content.push() == PushType.UPDATE) {
                        push = PushType.UPDATE;
                    }
                    cancelled.addAll(content.cancelledBookings());
                }
            }
        }
        if (ctx.droppedSensitiveCount() > 0) {
            warnings.add(new Warning(
                    0,
                    "",
                    0,
                    0,
                    "dropped " + ctx.droppedSensitiveCount()
                            + " sensitive SSR/remarks (EU PNR Directive art. 13(4)); their content was not kept"));
        }
        if (warnings.size() > MAX_WARNINGS) {
            int more = warnings.size() - MAX_WARNINGS + 1;
            List<Warning> cut = new ArrayList<>(warnings.subList(0, MAX_WARNINGS - 1));
            cut.add(new Warning(0, "", 0, 0, more + " more warnings not listed"));
            warnings = cut;
        }
        return new ParsedMessages(kind, assembler.assemble(drafts), warnings, hash, complete, push, cancelled, parts);
    }

    private static MessageKind kind(EdifactMessage message) {
        String type = message.type().toUpperCase(Locale.ROOT);
        for (MessageKind k : MessageKind.values()) {
            if (k.name().equals(type)) {
                return k;
            }
        }
        var h = message.header();
        throw new MessageFormatException(
                "UNH message type '" + printable(message.type()) + "' is neither PAXLST nor PNRGOV",
                h.index(),
                h.tag(),
                h.line(),
                h.column(),
                h.offset());
    }

    /**
     * Parts must run 1..n without gaps, the last one flagged F (final); returns whether they do. Removes
     * repeated parts from {@code group}.
     */
    private static boolean checkParts(List<EdifactMessage> group, ReadingContext ctx) {
        boolean complete = true;
        String ref = printable(group.get(0).commonAccessReference());
        int expected = 1;
        for (var it = group.iterator(); it.hasNext(); ) {
            EdifactMessage m = it.next();
            if (m.partNumber() < expected) {
                ctx.warn(
                        m.header(),
                        "part " + m.partNumber() + " of message '" + ref + "' received twice; the first copy is read");
                it.remove();
                continue;
            }
            if (m.partNumber() > expected) {
                ctx.warn(
                        m.header(),
                        (m.partNumber() - expected == 1
                                        ? "part " + expected
                                        : "parts " + expected + " to " + (m.partNumber() - 1))
                                + " of message '" + ref
                                + "' missing; the manifest is partial");
                complete = false;
            }
            expected = m.partNumber() + 1;
        }
        EdifactMessage last = group.get(group.size() - 1);
        if (!last.partIndicator().equals("F")) {
            ctx.warn(
                    last.header(),
                    "final part (F) of message '" + ref + "' after part " + last.partNumber()
                            + " not received; the manifest is partial");
            complete = false;
        }
        return complete;
    }

    private static String printable(String s) {
        return PrintableValue.of(s);
    }
}
