package org.piu.targeting.workbench.base.ui;

import java.util.Optional;

/**
 * The language each user chose, kept with their account so that it survives signing out. The shell reads and
 * writes it through this interface; the feature that owns the accounts implements it (base knows no feature).
 */
public interface LanguagePreference {

    /** The language the user chose; empty when they never chose (the browser's language applies). */
    Optional<Language> of(String username);

    void remember(String username, Language language);
}
