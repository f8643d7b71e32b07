package org.piu.targeting.workbench.security.ui;

import java.util.Optional;
import org.piu.targeting.workbench.base.ui.Language;
import org.piu.targeting.workbench.base.ui.LanguagePreference;
import org.piu.targeting.workbench.security.AccountStore;
import org.piu.targeting.workbench.security.UserAccount;
import org.springframework.stereotype.Component;

/** The user's language is kept with their account in the account store, so it survives signing out. */
@Component
class AccountLanguagePreference implements LanguagePreference {

    private final AccountStore accounts;

    AccountLanguagePreference(AccountStore accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<Language> of(String username) {
        return accounts.user(username).map(UserAccount::language).flatMap(Language::ofTag);
    }

    @Override
    public void remember(String username, Language language) {
        accounts.setLanguage(username, language.tag());
    }
}
