package org.piu.targeting.messages.edifact;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.piu.targeting.messages.Warning;

/** Cuts the segment stream into UNH..UNT messages, recovering from a missing UNT. */
final class MessageSplitter {
    private static final Set<String> SERVICE = Set.of("UNA", "UNB", "UNG", "UNE", "UNZ");

    private final List<Warning> warnings;

    MessageSplitter(List<Warning> warnings) {
        this.warnings = warnings;
    }

    List<EdifactMessage> split(List<EdifactSegment> segments) {
        List<EdifactMessage> messages = new ArrayList<>();
        EdifactSegment header = null;
        List<EdifactSegment> body = new ArrayList<>();
        int outside = 0;
        EdifactSegment firstOutside = null;
        for (EdifactSegment segment : segments) {
            String tag = segment.tag();
            if ("UNH".equals(tag)) {
                if (header != null) {
                    warnings.add(segment.warning("UNT of the previous message missing; it ends here"));
                    messages.add(message(header, body));
                }
                header = segment;
                body = new ArrayList<>();
            } else if ("UNT".equals(tag)) {
                if (header == null) {
                    warnings.add(segment.warning("UNT without UNH ignored"));
                } else {
                    checkTrailer(header, body, segment);
                    messages.add(message(header, body));
                    header = null;
                }
            } else if (SERVICE.contains(tag)) {
                if (header != null) {
                    warnings.add(segment.warning("UNT missing before " + tag + "; the message ends here"));
                    messages.add(message(header, body));
                    header = null;
                }
            } else if (header != null) {
                body.add(segment);
            } else {
                outside++;
                if (firstOutside == null) {
                    firstOutside = segment;
                }
            }
        }
        if (header != null) {
            EdifactSegment last = segments.get(segments.size() - 1);
            warnings.add(last.warning("UNT missing at the end of the message"));
            messages.add(message(header, body));
        }
        if (outside > 0) {
            warnings.add(firstOutside.warning(outside + " segment(s) outside any UNH..UNT message ignored"));
        }
        return messages;
    }

    private void checkTrailer(EdifactSegment header, List<EdifactSegment> body, EdifactSegment trailer) {
        if (!trailer.value(2).equals(header.value(1))) {
            warnings.add(trailer.warning(
                    "UNT reference '" + trailer.value(2) + "' differs from UNH reference '" + header.value(1) + "'"));
        }
    }

    private EdifactMessage message(EdifactSegment header, List<EdifactSegment> body) {
        String type = header.component(2, 1).trim().toUpperCase();
        String version = header.component(2, 2) + ":" + header.component(2, 3);
        String sequence = header.component(4, 1).trim();
        int part = 0;
        if (!sequence.isEmpty()) {
            try {
                part = Integer.parseInt(sequence);
                if (part < 0 || part > 9999) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                warnings.add(header.warning("UNH sequence of transfers '" + EdifactTokenizer.printable(sequence)
                        + "' is not a number; treated as a single message"));
                part = 0;
            }
        }
        return new EdifactMessage(
                header,
                body,
                type,
                version,
                header.value(1),
                header.value(3).trim(),
                part,
                header.component(4, 2).trim().toUpperCase());
    }
}
