package org.piu.targeting.workbench.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.piu.targeting.repo.audit.AuditOutcome;

/**
 * Coalesces repeats of one event (same actor, action, subject and outcome): the first is written at once, the repeats
 * within the window that it opens are only counted, and when the window closes one entry records how many there
 * were, from when to when. A client hammering a forbidden endpoint leaves two entries per window, not one per call.
 * Per node: with several nodes each counts its own repeats.
 */
final class RepeatedEvents {

    /** What makes two events the same. */
    record Key(String actor, String action, String subjectType, String subjectId, AuditOutcome outcome) {}

    /** Repeats counted in a closed window, to be written as one entry. */
    record Repeats(Key key, Map<String, String> details, int count, Instant first, Instant last) {}

    private static final class Window {
        final Instant opened;
        Map<String, String> details;
        int count;
        Instant first;
        Instant last;

        Window(Instant opened) {
            this.opened = opened;
        }
    }

    /** A bound, not a policy: beyond it every window is closed early. */
    static final int MAX_WINDOWS = 10_000;

    private final Duration window;
    private final Map<Key, Window> open = new HashMap<>();
    /** Repeats whose entry could not be written yet (Elasticsearch down): written first next time. */
    private final List<Repeats> unwritten = new ArrayList<>();

    RepeatedEvents(Duration window) {
        this.window = window;
    }

    /** The outcome of one occurrence: write it now or not, and repeats of a window it found closed. */
    record Occurrence(boolean writeNow, Optional<Repeats> closed) {}

    synchronized Occurrence occurred(Key key, Map<String, String> details, Instant now) {
        Window w = open.get(key);
        Optional<Repeats> closed = Optional.empty();
        if (w != null && !now.isBefore(w.opened.plus(window))) {
            open.remove(key);
            closed = repeats(key, w);
            w = null;
        }
        if (w == null) {
            open.put(key, new Window(now));
            return new Occurrence(true, closed);
        }
        if (w.count == 0) {
            w.details = details;
            w.first = now;
        }
        w.count++;
        w.last = now;
        return new Occurrence(false, closed);
    }

    /** Closes the windows that are over ({@code all}: every window) and returns their repeats. */
    synchronized List<Repeats> close(Instant now, boolean all) {
        List<Repeats> out = new ArrayList<>(unwritten);
        unwritten.clear();
        boolean everything = all || open.size() > MAX_WINDOWS;
        for (Iterator<Map.Entry<Key, Window>> it = open.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Key, Window> e = it.next();
            if (everything || !now.isBefore(e.getValue().opened.plus(window))) {
                it.remove();
                repeats(e.getKey(), e.getValue()).ifPresent(out::add);
            }
        }
        return out;
    }

    /** Keeps repeats whose entry could not be written, for the next {@link #close}. */
    synchronized void notWritten(List<Repeats> repeats) {
        unwritten.addAll(repeats);
    }

    private static Optional<Repeats> repeats(Key key, Window w) {
        return w.count == 0 ? Optional.empty() : Optional.of(new Repeats(key, w.details, w.count, w.first, w.last));
    }
}
