package org.piu.targeting.engine.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every value of every rule of a release, by position. The generated DRL refers to a value only as
 * {@code RuleConstants.v(slot, n)} — two generated integers — so no text a rule author typed ever becomes part of
 * the DRL source and nothing can be injected. Values are reached through a static table rather than a Drools
 * global because a global in a constraint is resolved through a map on every evaluation and blocks the MVEL
 * JIT (measured: 10x slower). A release's slot is freed when the release becomes unreachable.
 */
public final class RuleConstants {

    private static final AtomicInteger NEXT_SLOT = new AtomicInteger();
    private static volatile Object[][] table = new Object[16][];
    private static final Map<Integer, Boolean> LIVE = new ConcurrentHashMap<>();

    private final int slot = NEXT_SLOT.getAndIncrement();
    private final List<Object> values = new ArrayList<>();
    private final Map<Object, Integer> positions = new java.util.HashMap<>();
    private boolean frozen;

    int slot() {
        return slot;
    }

    int add(Object value) {
        if (frozen) {
            throw new IllegalStateException("constants of a compiled release are immutable");
        }
        // equal values share a position, so equal tests of different rules are the same DRL and Drools shares them
        Integer known = positions.get(value);
        if (known != null) {
            return known;
        }
        values.add(value);
        positions.put(value, values.size() - 1);
        return values.size() - 1;
    }

    /** Publishes the values so that the compiled rules can read them. */
    synchronized void freeze() {
        if (frozen) {
            return;
        }
        frozen = true;
        publish(slot, values.toArray());
    }

    /** The value at a position of a release; called from the compiled rules. */
    public static Object v(int slot, int index) {
        return table[slot][index];
    }

    public int size() {
        return values.size();
    }

    private static synchronized void publish(int slot, Object[] values) {
        Object[][] t = table;
        if (slot >= t.length) {
            Object[][] bigger = new Object[Math.max(slot + 1, t.length * 2)][];
            System.arraycopy(t, 0, bigger, 0, t.length);
            t = bigger;
        }
        t[slot] = values;
        table = t;
        LIVE.put(slot, Boolean.TRUE);
    }

    /** Frees a slot; registered with a Cleaner by the release that owns it. */
    static synchronized void release(int slot) {
        if (LIVE.remove(slot) != null) {
            table[slot] = null;
        }
    }

    static int liveSlots() {
        return LIVE.size();
    }
}
