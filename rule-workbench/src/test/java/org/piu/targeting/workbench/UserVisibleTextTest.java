package org.piu.targeting.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.piu.targeting.workbench.base.ui.Language;

/**
 * No view writes a text for users in its code: every word a user reads comes from the language bundles, through
 * {@code getTranslation(key)}. The scan reads the string literals of every class in a {@code ui} package: a literal
 * of words (two words, or a capitalised word) that is not a key is a text in English only, and so is any literal
 * handed to a component as its text, label, header, title or message.
 */
class UserVisibleTextTest {

    /** Calls whose string argument is shown to the user. */
    private static final Pattern SHOWN = Pattern.compile("(new\\s+(Button|H[1-6]|Span|Div|Paragraph|ListItem|Checkbox"
            + "|Tab|RouterLink|Anchor|TextField|TextArea|NumberField|PasswordField|EmailField|IntegerField|DatePicker"
            + "|DateTimePicker|TimePicker|IsoDatePicker|IsoDateTimePicker|ComboBox<[^>]*>|MultiSelectComboBox<[^>]*>"
            + "|Select<[^>]*>|RadioButtonGroup<[^>]*>|Notification|ConfirmDialog|Details|Upload|Tooltip)\\(\\s*"
            + "|\\.(setHeader|setText|setLabel|setPlaceholder|setHelperText|setErrorMessage|setHeaderTitle|setTitle"
            + "|setTooltipText|setAriaLabel|asRequired|show|success|error|setConfirmText|setCancelText|setRejectText"
            + "|setSummaryText)\\(\\s*|@PageTitle\\(\\s*|@Menu\\([^)]*title\\s*=\\s*)\"$");

    /** Words: two words in a row, or a word starting with a capital and going on in small letters. */
    private static final Pattern WORDS = Pattern.compile("\\p{L}{2,}[ \\p{Zs}]+\\p{L}{2,}|^\\p{Lu}\\p{Ll}+");

    /** Literals in ui classes that are not translations, and why. */
    private static final List<Pattern> NOT_TEXT = List.of(
            // log messages are for administrators, in English with the rest of the log
            Pattern.compile("^\\s*log\\.(trace|debug|info|warn|error)\\("),
            // date patterns
            Pattern.compile("ofPattern\\("),
            // lines of Git's diff output the panel recognises
            Pattern.compile("startsWith\\("),
            // what the consultation log records as the purpose of a view: a record for auditors, like the log
            Pattern.compile("static final String PURPOSE ="),
            // the languages, each in its own name (base/ui/Language)
            Pattern.compile("^\\s*[A-Z]+\\(\"[a-z]{2}\", \""));

    /** The product's name is the same in every language. */
    private static final Set<String> NAMES = Set.of("PIU Targeting", " · PIU Targeting");

    @Test
    void views_take_every_text_a_user_reads_from_the_language_bundles() throws IOException {
        Set<String> keys = TranslationBundlesTest.bundle(Language.ENGLISH).keySet();
        List<String> hardCoded = new ArrayList<>();
        for (Path file : TranslationBundlesTest.mainSources()) {
            if (!file.toString().contains("/ui/")) {
                continue;
            }
            String source = Files.readString(file);
            String[] lines = source.split("\n", -1);
            for (SourceText.Literal literal : SourceText.literals(source)) {
                String text = literal.text();
                String line = lines[literal.line() - 1];
                if (keys.contains(text)
                        || NAMES.contains(text)
                        || NOT_TEXT.stream().anyMatch(p -> p.matcher(line).find())) {
                    continue;
                }
                String before = line.substring(0, Math.max(0, line.indexOf("\"" + text + "\"") + 1));
                boolean shown = SHOWN.matcher(before).find() && text.chars().anyMatch(Character::isLetter);
                if (shown || WORDS.matcher(text).find()) {
                    hardCoded.add(
                            TranslationBundlesTest.MAIN.relativize(file) + ":" + literal.line() + ": \"" + text + "\"");
                }
            }
        }
        assertThat(hardCoded)
                .as("texts written in view code instead of the bundles (use getTranslation(\"feature.key\"))")
                .isEmpty();
    }
}
