package org.piu.targeting.engine.compile;

import java.util.ArrayList;
import java.util.List;

/**
 * Every value of every rule of a release, by position. The generated DRL refers to values only as
 * {@code k.v(17)}: no text a rule author typed ever becomes part of the DRL source, so nothing can be injected.
 * Immutable once the release is compiled; shared by all sessions as the global {@code k}.
 */
public final class RuleConstants {

    private final List<Object> values = new ArrayList<>();
    private Object[] frozen;

    int add(Object value) {
        if (frozen != null) {
            throw new IllegalStateException("constants of a compiled release are immutable");
        }
        values.add(value);
        return values.size() - 1;
    }

    void freeze() {
        frozen = values.toArray();
    }

    /** The value at a position; called from the compiled rules. */
    public Object v(int index) {
        return frozen[index];
    }

    public int size() {
        return frozen == null ? values.size() : frozen.length;
    }
}
