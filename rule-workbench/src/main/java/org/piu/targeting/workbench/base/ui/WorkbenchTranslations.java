package org.piu.targeting.workbench.base.ui;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every text of the workbench, from {@code vaadin-i18n/translations*.properties} (UTF-8; Vaadin's file convention:
 * the file without a suffix is English, the complete one). Vaadin's own default provider reads the same files, but
 * it offers the languages in the order the class path lists the files (a browser in an unsupported language could
 * get Azerbaijani) and its bundle lookup falls back to the server's default locale before English (a server set to
 * Romanian would answer English-speaking users in Romanian). This one offers {@link Language}'s order, English
 * first, and falls back to English only.
 *
 * <p>Texts with parameters are {@link MessageFormat} patterns, texts without are used as they are (as Vaadin's
 * provider does): bundles therefore use the typographic apostrophe (’), never {@code '}, which MessageFormat would
 * swallow — {@code TranslationBundlesTest} checks it.
 */
@Component
public class WorkbenchTranslations implements I18NProvider {

    static final String BUNDLE = DefaultI18NProvider.BUNDLE_PREFIX;
    private static final Logger log = LoggerFactory.getLogger(WorkbenchTranslations.class);
    private static final ResourceBundle.Control ENGLISH_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return Arrays.stream(Language.values()).map(Language::locale).toList();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Language language = Language.of(locale).orElse(Language.ENGLISH);
        ResourceBundle bundle = bundle(language);
        if (key == null || !bundle.containsKey(key)) {
            log.warn("no text for key '{}' in any language", key);
            return "!" + key;
        }
        String text = bundle.getString(key);
        return params == null || params.length == 0 ? text : new MessageFormat(text, language.locale()).format(params);
    }

    /** Whether there is a text for the key (in English, and so in every language). */
    public static boolean has(String key) {
        return bundle(Language.ENGLISH).containsKey(key);
    }

    static ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle(
                BUNDLE, language.locale(), WorkbenchTranslations.class.getClassLoader(), ENGLISH_FALLBACK);
    }
}
