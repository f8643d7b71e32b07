package org.piu.targeting.workbench.base.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The README's configuration table and {@link PiuProperties} name the same settings with the same defaults: a
 * setting added to one and not the other, or a default changed in one place only, fails here.
 */
class ConfigurationTableTest {

    private static final Pattern ROW = Pattern.compile("^\\| `(piu\\.[a-z0-9.-]+)` \\| ([^|]*) \\|", Pattern.MULTILINE);

    @Test
    void the_readme_lists_every_setting_of_piu_properties_with_its_default() throws IOException {
        Map<String, String> documented = readmeTable();
        Map<String, String> defined = new TreeMap<>();
        collect("piu", PiuProperties.class, defined);

        assertThat(documented.keySet()).as("settings in the README").isEqualTo(defined.keySet());
        defined.forEach((setting, defaultValue) -> {
            String cell = documented.get(setting);
            if (defaultValue != null) {
                assertThat(cell).as("README default of " + setting).isEqualTo("`" + defaultValue + "`");
            } else {
                // no literal default in the code (empty, or computed like 2 × cores): the README describes it
                assertThat(cell)
                        .as("README default of " + setting)
                        .doesNotContain("`")
                        .isNotBlank();
            }
        });
    }

    /** Setting name → README default cell, from the table of the section "Configuration and operations". */
    static Map<String, String> readmeTable() throws IOException {
        String readme =
                Files.readString(Path.of("").toAbsolutePath().getParent().resolve("README.md"));
        int start = readme.indexOf("## Configuration and operations");
        assertThat(start).as("README section 'Configuration and operations'").isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        Map<String, String> table = new TreeMap<>();
        Matcher row = ROW.matcher(section);
        while (row.find()) {
            table.put(row.group(1), row.group(2).strip());
        }
        return table;
    }

    /** Leaf settings of a properties record: name in kebab case → its {@code @DefaultValue} (null when none). */
    static void collect(String prefix, Class<?> type, Map<String, String> settings) {
        RecordComponent[] components = type.getRecordComponents();
        // @DefaultValue sits on the parameters of the canonical constructor (its target is PARAMETER)
        Parameter[] parameters = canonicalConstructor(type, components).getParameters();
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            String name = prefix + "." + kebab(component.getName());
            Class<?> componentType = component.getType();
            if (componentType.isRecord() && componentType.getEnclosingClass() == PiuProperties.class) {
                collect(name, componentType, settings);
                continue;
            }
            DefaultValue value = parameters[i].getAnnotation(DefaultValue.class);
            settings.put(name, value == null || value.value().length == 0 ? null : String.join(",", value.value()));
        }
    }

    private static Constructor<?> canonicalConstructor(Class<?> type, RecordComponent[] components) {
        try {
            return type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type + " has no canonical constructor", e);
        }
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }
}
