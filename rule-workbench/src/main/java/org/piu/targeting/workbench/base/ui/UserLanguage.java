package org.piu.targeting.workbench.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.security.Principal;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Which language each page of the workbench speaks: the signed-in user's choice if they made one, otherwise the
 * browser's language when the workbench speaks it, otherwise English (Vaadin matches the browser's languages against
 * {@link WorkbenchTranslations}' list). Choosing a language stores it and reloads the page in it.
 */
@Component
public class UserLanguage implements VaadinServiceInitListener {

    private final LanguagePreference preference;

    UserLanguage(LanguagePreference preference) {
        this.preference = preference;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            signedInUser().flatMap(preference::of).ifPresent(language -> ui.setLocale(language.locale()));
            declare(ui, ui.getLocale());
        });
    }

    /** The language of the current page: what the user chose, or what the browser asked for. */
    public static Language current() {
        UI ui = UI.getCurrent();
        return Language.of(ui == null ? null : ui.getLocale()).orElse(Language.ENGLISH);
    }

    /** Stores the user's choice and shows the page again in it (every text of the page is chosen when it is built). */
    void choose(String username, Language language) {
        preference.remember(username, language);
        switchTo(language);
    }

    /** Shows the page again in another language, for this browser session (the sign-in page, before a user is known). */
    public static void switchTo(Language language) {
        VaadinSession.getCurrent().setLocale(language.locale());
        UI.getCurrent().getPage().reload();
    }

    private static Optional<String> signedInUser() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return Optional.ofNullable(request).map(VaadinRequest::getUserPrincipal).map(Principal::getName);
    }

    /** Screen readers and the browser's hyphenation and spell checking read the page's language from {@code lang}. */
    private static void declare(UI ui, Locale locale) {
        ui.getPage()
                .executeJs(
                        "document.documentElement.lang = $0",
                        Language.of(locale).orElse(Language.ENGLISH).tag());
    }
}
