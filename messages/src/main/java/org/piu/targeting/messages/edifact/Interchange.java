package org.piu.targeting.messages.edifact;

import java.util.List;
import org.piu.targeting.messages.Warning;

/** What the tokenizer read: every segment in order, the messages they form, and the recovered problems. */
public record Interchange(List<EdifactSegment> segments, List<EdifactMessage> messages, List<Warning> warnings) {
    public Interchange {
        segments = List.copyOf(segments);
        messages = List.copyOf(messages);
        warnings = List.copyOf(warnings);
    }
}
