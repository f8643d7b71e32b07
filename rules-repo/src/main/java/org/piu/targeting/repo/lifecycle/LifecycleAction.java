package org.piu.targeting.repo.lifecycle;

import java.util.Locale;

/** What a commit on the main branch did to its asset; written as the {@code PIU-Action} trailer. */
public enum LifecycleAction {
    SAVE,
    IMPORT,
    SUBMIT,
    APPROVE,
    REJECT,
    RETIRE,
    PUBLISH,
    ROLLBACK;

    public String trailerValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LifecycleAction fromTrailer(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }

    /** Actions that create a new content revision. */
    public boolean createsRevision() {
        return this == SAVE || this == IMPORT;
    }
}
