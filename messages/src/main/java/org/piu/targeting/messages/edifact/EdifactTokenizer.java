package org.piu.targeting.messages.edifact;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamConstants;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.EDIStreamValidationError;
import io.xlate.edi.stream.Location;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.piu.targeting.messages.MessageFormatException;
import org.piu.targeting.messages.Warning;

/**
 * Reads raw EDIFACT text into segments with StAEDI (UNA with any separators and release character, UNB/UNG/UNH
 * envelopes, several interchanges in one text) and splits it into UNH..UNT messages. No message schema is used:
 * the PAXLST and PNRGOV readers interpret segments themselves, which is what lets them accept the many real-world
 * variants. Problems StAEDI reports as events (control counts, references) become warnings; problems it can only
 * report by throwing (truncation, broken syntax) become a {@link MessageFormatException} with the position.
 */
public final class EdifactTokenizer {
    /** Components longer than this are cut (real fields are at most a few hundred characters). */
    public static final int MAX_COMPONENT_LENGTH = 512;
    /** More segments than this is not a flight's API/PNR data but an attack or a runaway sender. */
    public static final int MAX_SEGMENTS = 500_000;

    private static final String SYNTHETIC_UNB = "UNB+UNOA:4+UNKNOWN+UNKNOWN+20000101:0000+MISSING'";
    private static final Pattern UNZ = Pattern.compile("(^|['\\s])UNZ\\+");
    private static final Pattern UNH = Pattern.compile("(^|['\\s])UNH\\+");
    private static final Pattern OFFSET_IN_MESSAGE = Pattern.compile("offset (\\d+)");

    private final EDIInputFactory factory;

    public EdifactTokenizer() {
        factory = EDIInputFactory.newFactory();
        // Real senders use codes outside the syntax code lists (UNB syntax "IATA", odd recipient qualifiers).
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_CODE_VALUES, false);
        factory.setProperty(EDIInputFactory.EDI_IGNORE_EXTRANEOUS_CHARACTERS, true);
    }

    public Interchange read(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new MessageFormatException("the message is empty", 0, "", 1, 1, 0);
        }
        LineIndex lines = new LineIndex(raw);
        int start = 0;
        while (start < raw.length() && (Character.isWhitespace(raw.charAt(start)) || raw.charAt(start) == '\uFEFF')) {
            start++;
        }
        List<Warning> warnings = new ArrayList<>();
        String text = raw.substring(start);
        int prefix = 0;
        int segmentShift = 0;
        if (!text.startsWith("UNA") && !text.startsWith("UNB")) {
            if (text.startsWith("UNH")) {
                warnings.add(new Warning(
                        0,
                        "UNB",
                        lines.line(start),
                        lines.column(start),
                        "interchange header (UNA/UNB) missing; read with the default separators"));
                text = SYNTHETIC_UNB + text;
                prefix = SYNTHETIC_UNB.length();
                segmentShift = 1;
                if (!UNZ.matcher(text).find()) {
                    text = text + "UNZ+" + countMessages(text) + "+MISSING'";
                }
            } else {
                String found = printable(text.substring(0, Math.min(3, text.length())));
                throw new MessageFormatException(
                        "an EDIFACT interchange starts with UNA, UNB or UNH, found '" + found + "'",
                        0,
                        "",
                        lines.line(start),
                        lines.column(start),
                        start);
            }
        }
        final int textStart = start;
        final int textPrefix = prefix;
        OverlongValues cut = OverlongValues.cut(text, MAX_COMPONENT_LENGTH);
        text = cut.text();
        IntUnaryOperator toRaw = offset -> {
            int o = cut.original(offset) - textPrefix;
            return Math.max(textStart, Math.min(textStart + Math.max(o, 0), raw.length()));
        };
        for (int position : cut.positions()) {
            int r = toRaw.applyAsInt(position);
            warnings.add(new Warning(
                    0,
                    "",
                    lines.line(r),
                    lines.column(r),
                    "a value longer than " + MAX_COMPONENT_LENGTH + " characters was cut"));
        }
        Collector collector = new Collector(lines, toRaw, segmentShift, warnings);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try (EDIStreamReader reader = factory.createEDIStreamReader(new ByteArrayInputStream(bytes), "UTF-8")) {
            while (reader.hasNext()) {
                collector.accept(reader, reader.next());
            }
        } catch (EDIStreamException e) {
            throw collector.failure(describe(e.getMessage()), e.getLocation(), e.getMessage());
        } catch (MessageFormatException e) {
            throw e;
        } catch (java.io.IOException e) {
            throw collector.failure("the text could not be read: " + e.getMessage(), null, null);
        } catch (RuntimeException e) {
            // StAEDI signals some broken input with unchecked exceptions; the caller gets a position, not a 500.
            throw collector.failure(
                    "the text is not valid EDIFACT (" + e.getClass().getSimpleName() + ")", null, e.getMessage());
        }
        collector.finish();
        List<EdifactMessage> messages = new MessageSplitter(warnings).split(collector.segments);
        return new Interchange(collector.segments, messages, warnings);
    }

    private static int countMessages(String text) {
        var m = UNH.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String describe(String staediMessage) {
        if (staediMessage == null) {
            return "the text is not valid EDIFACT";
        }
        String m = staediMessage.replaceFirst("^EDIE\\d+ - ", "");
        String where = "";
        Matcher segment = Pattern.compile("(in|after) segment (\\S+)").matcher(m);
        if (segment.find()) {
            where = " " + segment.group(1) + " segment " + printable(segment.group(2));
        }
        if (m.startsWith("Unexpected end of stream")) {
            return "the interchange is truncated: the text ends" + where;
        }
        if (m.contains("Unable to obtain version")) {
            return "the interchange header (UNB) is damaged: its syntax identifier and version cannot be read";
        }
        if (m.startsWith("Invalid processing state")) {
            return "the text is not valid EDIFACT: unexpected character" + where;
        }
        return "the text is not valid EDIFACT: " + m.replaceAll("; input: .*", "");
    }

    static String printable(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Collects StAEDI events into segments, keeping positions in the caller's raw text. */
    private static final class Collector {
        private final LineIndex lines;
        private final IntUnaryOperator toRaw;
        private final int segmentShift;
        private final List<Warning> warnings;
        private final List<EdifactSegment> segments = new ArrayList<>();
        private String tag;
        private int segmentIndex;
        private int segmentOffset;
        private List<List<String>> elements;
        private int lastOffset;
        private int lastSegmentIndex;
        private boolean overflowWarned;
        private char repetition = '*';
        private int occurrenceElement;
        private int occurrenceNumber;
        private int occurrenceBase;

        Collector(LineIndex lines, IntUnaryOperator toRaw, int segmentShift, List<Warning> warnings) {
            this.lines = lines;
            this.toRaw = toRaw;
            this.segmentShift = segmentShift;
            this.warnings = warnings;
        }

        void accept(EDIStreamReader reader, EDIStreamEvent event) {
            Location location = reader.getLocation();
            lastOffset = rawOffset(location.getCharacterOffset());
            switch (event) {
                case START_SEGMENT -> {
                    tag = reader.getText();
                    segmentIndex = location.getSegmentPosition() - segmentShift;
                    lastSegmentIndex = segmentIndex;
                    // StAEDI reports the offset after "TAG+"; header segments are read ahead, so clamp.
                    segmentOffset = Math.max(0, Math.min(lastOffset - tag.length() - 1, lines.length() - 1));
                    elements = new ArrayList<>();
                    overflowWarned = false;
                    occurrenceElement = 0;
                    occurrenceNumber = 0;
                    occurrenceBase = 0;
                    if (segments.isEmpty() || "UNB".equals(tag)) {
                        Character r = reader.getDelimiters().get(EDIStreamConstants.Delimiters.REPETITION);
                        repetition = r == null ? '*' : r;
                    }
                    if (segments.size() >= MAX_SEGMENTS) {
                        throw failure("more than " + MAX_SEGMENTS + " segments", null, null);
                    }
                }
                case ELEMENT_DATA -> {
                    if (elements != null) {
                        put(location, reader.getText(), repetition);
                    }
                }
                case START_COMPOSITE -> {
                    if (elements != null) {
                        slot(location.getElementPosition());
                    }
                }
                case END_SEGMENT -> {
                    if (elements != null) {
                        segments.add(new EdifactSegment(
                                segmentIndex,
                                tag,
                                elements,
                                lines.line(segmentOffset),
                                lines.column(segmentOffset),
                                segmentOffset));
                    }
                    elements = null;
                }
                case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR ->
                    envelopeWarning(reader.getErrorType(), location, safeText(reader));
                default -> {}
            }
        }

        private static String safeText(EDIStreamReader reader) {
            try {
                return reader.getText();
            } catch (RuntimeException e) {
                return "";
            }
        }

        private void envelopeWarning(EDIStreamValidationError error, Location location, String text) {
            String at = tag == null ? "" : tag;
            if (error == EDIStreamValidationError.DATA_ELEMENT_TOO_SHORT && ("UNB".equals(at) || "UNG".equals(at))) {
                return; // six-digit dates in syntax 4 headers are everyday practice, not a problem
            }
            String what = error.name().toLowerCase().replace('_', ' ');
            String element = location.getElementPosition() > 0 ? " in element " + location.getElementPosition() : "";
            int offset = segmentOffset;
            warnings.add(new Warning(
                    segmentIndex,
                    at,
                    lines.line(offset),
                    lines.column(offset),
                    what + element + (text == null || text.isEmpty() ? "" : " ('" + printable(cut(text, 40)) + "')")));
        }

        private static String cut(String s, int max) {
            return s.length() <= max ? s : s.substring(0, max) + "...";
        }

        private List<String> slot(int elementPosition) {
            int e = Math.max(1, elementPosition);
            while (elements.size() < e) {
                elements.add(new ArrayList<>());
            }
            return elements.get(e - 1);
        }

        private void put(Location location, String value, char repetition) {
            int position = Math.max(1, location.getElementPosition());
            List<String> element = slot(position);
            int occurrence = Math.max(1, location.getElementOccurrence());
            if (position != occurrenceElement || occurrence != occurrenceNumber) {
                // A repetition separator inside an element is nearly always literal text (UNA with a space in
                // the repetition position makes every space one): glue the occurrence back onto the last
                // component of the previous one, so "ANNA MARIA" stays one given name.
                occurrenceBase = occurrence > 1 && position == occurrenceElement ? Math.max(0, element.size() - 1) : 0;
                occurrenceElement = position;
                occurrenceNumber = occurrence;
            }
            int c = Math.max(1, location.getComponentPosition());
            int index = occurrenceBase + c - 1;
            while (element.size() <= index) {
                element.add("");
            }
            String v = value == null ? "" : value;
            if (occurrence > 1 && c == 1) {
                v = element.get(index) + repetition + v;
            }
            if (v.length() > MAX_COMPONENT_LENGTH) {
                if (!overflowWarned) {
                    warnings.add(new Warning(
                            segmentIndex,
                            tag,
                            lines.line(segmentOffset),
                            lines.column(segmentOffset),
                            "element " + position + " exceeds " + MAX_COMPONENT_LENGTH + " characters (" + v.length()
                                    + "); cut"));
                    overflowWarned = true;
                }
                v = v.substring(0, MAX_COMPONENT_LENGTH);
            }
            element.set(index, v);
        }

        private int rawOffset(int staediOffset) {
            return toRaw.applyAsInt(Math.max(0, staediOffset));
        }

        MessageFormatException failure(String problem, Location location, String staediMessage) {
            int offset = lastOffset;
            int index = lastSegmentIndex;
            if (location != null && location.getCharacterOffset() >= 0) {
                offset = rawOffset(location.getCharacterOffset());
                if (location.getSegmentPosition() > 0) {
                    index = location.getSegmentPosition() - segmentShift;
                }
            } else if (staediMessage != null) {
                Matcher m = OFFSET_IN_MESSAGE.matcher(staediMessage);
                if (m.find()) {
                    try {
                        offset = rawOffset(Integer.parseInt(m.group(1)));
                    } catch (NumberFormatException ignored) {
                        // keep the last known offset
                    }
                }
            }
            String at = elements != null && tag != null ? tag : "";
            if (at.isEmpty() && elements == null) {
                index = Math.max(
                                index,
                                segments.isEmpty()
                                        ? 0
                                        : segments.get(segments.size() - 1).index())
                        + 1;
            }
            String character = offset < lines.length() ? " (character there: " + describeChar(offset) + ")" : "";
            return new MessageFormatException(
                    problem + character, Math.max(index, 0), at, lines.line(offset), lines.column(offset), offset);
        }

        /** Names the single character at an offset; never more, as error texts must not quote passenger data. */
        private String describeChar(int offset) {
            char c = lines.charAt(offset);
            String code = String.format("U+%04X", (int) c);
            return c >= 0x20 && c < 0x7f ? "'" + c + "' " + code : code;
        }

        void finish() {
            if (segments.isEmpty()) {
                throw new MessageFormatException("no segment could be read", 0, "", 1, 1, 0);
            }
        }
    }

    /** Maps character offsets to 1-based lines and columns (LF, CR or CRLF end a line). */
    static final class LineIndex {
        private final int[] starts;
        private final int length;
        private final String text;

        LineIndex(String text) {
            this.text = text;
            length = text.length();
            int[] s = new int[16];
            int n = 1;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                    if (n == s.length) {
                        s = Arrays.copyOf(s, n * 2);
                    }
                    s[n++] = i + 1;
                }
            }
            starts = Arrays.copyOf(s, n);
        }

        int length() {
            return length;
        }

        char charAt(int offset) {
            return text.charAt(offset);
        }

        int line(int offset) {
            int i = Arrays.binarySearch(starts, offset);
            return (i >= 0 ? i : -i - 2) + 1;
        }

        int column(int offset) {
            return offset - starts[line(offset) - 1] + 1;
        }
    }
}
