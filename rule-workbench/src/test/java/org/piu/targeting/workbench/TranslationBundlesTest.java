package org.piu.targeting.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.piu.targeting.engine.assess.HitType;
import org.piu.targeting.engine.catalog.FieldType;
import org.piu.targeting.engine.rule.RuleProblem;
import org.piu.targeting.engine.rule.Severity;
import org.piu.targeting.model.MatchDecision;
import org.piu.targeting.model.PassengerType;
import org.piu.targeting.model.ScreeningStatus;
import org.piu.targeting.repo.AssetKind;
import org.piu.targeting.repo.AssetStatus;
import org.piu.targeting.repo.audit.AuditOutcome;
import org.piu.targeting.repo.lifecycle.LifecycleAction;
import org.piu.targeting.workbench.base.security.Role;
import org.piu.targeting.workbench.base.ui.Language;

/**
 * The workbench's texts exist in every language it offers: every bundle has exactly English's keys, every key the
 * code names exists, every key is used, each translation keeps English's parameters, and nothing that
 * MessageFormat would misread (an ASCII apostrophe) slips into a text.
 */
class TranslationBundlesTest {

    static final Path BUNDLES = Path.of("src/main/resources/vaadin-i18n");
    static final Path MAIN = Path.of("src/main/java/org/piu/targeting/workbench");
    private static final Pattern KEY_LIKE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-zA-Z0-9-]+)*\\.?");
    private static final Pattern PARAMETER = Pattern.compile("\\{[^}]*}");

    @Test
    void every_language_bundle_has_exactly_the_keys_of_the_english_one() throws IOException {
        Set<String> english = bundle(Language.ENGLISH).keySet();
        assertThat(english).hasSizeGreaterThan(300);
        for (Language language : Language.values()) {
            Map<String, String> bundle = bundle(language);
            assertThat(new TreeSet<>(english))
                    .as("keys missing in " + file(language))
                    .isSubsetOf(bundle.keySet());
            assertThat(new TreeSet<>(bundle.keySet()))
                    .as("keys in " + file(language) + " that English does not have")
                    .isSubsetOf(english);
            assertThat(bundle)
                    .as("blank texts in " + file(language))
                    .allSatisfy((key, text) -> assertThat(text).as(key).isNotBlank());
        }
    }

    /** English has one file; the empty {@code _en} one only makes Vaadin's default provider match English. */
    @Test
    void the_english_locale_file_stays_empty() throws IOException {
        Properties en = new Properties();
        en.load(new StringReader(Files.readString(BUNDLES.resolve("translations_en.properties"))));
        assertThat(en).isEmpty();
    }

    @Test
    void every_key_the_code_names_exists_and_every_key_is_used() throws IOException {
        Set<String> keys = bundle(Language.ENGLISH).keySet();
        Set<String> namespaces =
                keys.stream().map(k -> k.substring(0, k.indexOf('.'))).collect(Collectors.toSet());
        Set<String> named = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        List<String> unknown = new ArrayList<>();
        for (Path file : mainSources()) {
            for (SourceText.Literal literal : SourceText.literals(Files.readString(file))) {
                String text = literal.text();
                if (!text.contains(".")
                        || !KEY_LIKE.matcher(text).matches()
                        || !namespaces.contains(text.substring(0, text.indexOf('.')))) {
                    continue;
                }
                if (text.endsWith(".")) {
                    prefixes.add(text); // the start of keys completed at run time: "status." + code
                    if (keys.stream().noneMatch(k -> k.startsWith(text))) {
                        unknown.add(MAIN.relativize(file) + ":" + literal.line() + ": no key starts with " + text);
                    }
                } else if (keys.contains(text)) {
                    named.add(text);
                } else if (file.toString().contains("/ui/")) { // outside views, a dotted name is a file or a setting
                    unknown.add(MAIN.relativize(file) + ":" + literal.line() + ": " + text);
                }
            }
        }
        assertThat(unknown)
                .as("keys named in the code that the bundles do not have")
                .isEmpty();
        List<String> unused = keys.stream()
                .filter(k -> !named.contains(k))
                .filter(k -> prefixes.stream().noneMatch(k::startsWith))
                .sorted()
                .toList();
        assertThat(unused).as("keys no code uses").isEmpty();
    }

    /** Keys completed at run time from a value: every value of the vocabulary has its text. */
    @Test
    void every_status_action_and_code_shown_in_the_workbench_has_a_text() throws IOException {
        Set<String> keys = bundle(Language.ENGLISH).keySet();
        List<String> expected = new ArrayList<>();
        Stream.of(AssetStatus.values(), AuditOutcome.values(), ScreeningStatus.values(), MatchDecision.values())
                .flatMap(Arrays::stream)
                .forEach(v -> expected.add("status." + lower(v)));
        Arrays.stream(LifecycleAction.values()).forEach(a -> {
            expected.add("history.action." + lower(a));
            expected.add("audit.action." + a.trailerValue());
        });
        Arrays.stream(Severity.values()).forEach(v -> expected.add("severity." + lower(v)));
        Arrays.stream(HitType.values()).forEach(v -> expected.add("hit-type." + lower(v)));
        Arrays.stream(PassengerType.values()).forEach(v -> expected.add("passenger-type." + lower(v)));
        Arrays.stream(FieldType.values()).forEach(v -> expected.add("field-type." + lower(v)));
        Arrays.stream(Role.values()).forEach(v -> expected.add("role." + lower(v)));
        Arrays.stream(RuleProblem.Level.values()).forEach(v -> expected.add("problem.level." + lower(v)));
        for (String what : List.of("kind", "kinds", "ref", "heading", "new")) {
            for (String kind : List.of("rule", "list", "scenario")) {
                expected.add("asset." + what + "." + kind);
            }
        }
        assertThat(AssetKind.values()).hasSize(3);
        assertThat(keys).containsAll(expected);
    }

    @Test
    void each_translation_keeps_the_parameters_of_the_english_text_and_formats() throws IOException {
        Map<String, String> english = bundle(Language.ENGLISH);
        List<String> wrong = new ArrayList<>();
        for (Language language : Language.values()) {
            bundle(language).forEach((key, text) -> {
                List<String> expected = parameters(english.get(key));
                if (!parameters(text).equals(expected)) {
                    wrong.add(file(language) + " " + key + ": " + parameters(text) + " instead of " + expected);
                }
                if (!expected.isEmpty()) {
                    Object[] values = new Object[10];
                    Arrays.fill(values, 1234);
                    String formatted = new MessageFormat(text, language.locale()).format(values);
                    if (formatted.contains("{")) {
                        wrong.add(file(language) + " " + key + ": MessageFormat left " + formatted);
                    }
                }
            });
        }
        assertThat(wrong).isEmpty();
    }

    /**
     * Texts with parameters go through MessageFormat, where {@code '} starts a quoted section and disappears; texts
     * without do not. The typographic apostrophe (’, and ʼ in Ukrainian) reads the same both ways.
     */
    @Test
    void no_text_has_an_ascii_apostrophe() throws IOException {
        for (Language language : Language.values()) {
            assertThat(bundle(language))
                    .as(file(language))
                    .allSatisfy((key, text) -> assertThat(text).as(key).doesNotContain("'"));
        }
    }

    @Test
    void bundles_are_utf8_and_translations_are_in_their_own_script() throws IOException {
        for (Language language : Language.values()) {
            byte[] bytes = Files.readAllBytes(BUNDLES.resolve(file(language)));
            try {
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes));
            } catch (CharacterCodingException e) {
                throw new AssertionError(file(language) + " is not UTF-8", e);
            }
        }
        // a bundle saved in the wrong encoding, or English pasted in, shows here first
        assertThat(bundle(Language.RUSSIAN).get("menu.rules")).isEqualTo("Правила");
        assertThat(bundle(Language.UKRAINIAN).get("menu.history")).isEqualTo("Історія");
        assertThat(bundle(Language.ROMANIAN).get("common.close")).isEqualTo("Închide");
        assertThat(bundle(Language.AZERBAIJANI).get("app.unit")).isEqualTo("Sərnişin Məlumatları Bölməsi");
        for (Language language : List.of(Language.RUSSIAN, Language.UKRAINIAN)) {
            long latinOnly = bundle(language).values().stream()
                    .filter(t ->
                            t.chars().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC))
                    .count();
            assertThat(latinOnly)
                    .as(file(language) + ": texts without a Cyrillic letter")
                    .isLessThan(12);
        }
    }

    static Map<String, String> bundle(Language language) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(Files.readString(BUNDLES.resolve(file(language)), StandardCharsets.UTF_8)));
        Map<String, String> bundle = new LinkedHashMap<>();
        properties.stringPropertyNames().stream().sorted().forEach(k -> bundle.put(k, properties.getProperty(k)));
        return bundle;
    }

    static String file(Language language) {
        return language == Language.ENGLISH
                ? "translations.properties"
                : "translations_" + language.tag() + ".properties";
    }

    static List<Path> mainSources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .sorted(Comparator.naturalOrder())
                    .toList();
        }
    }

    private static List<String> parameters(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = PARAMETER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        found.sort(Comparator.naturalOrder());
        return found;
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
