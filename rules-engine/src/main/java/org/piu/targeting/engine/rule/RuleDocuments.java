package org.piu.targeting.engine.rule;

import java.util.stream.Collectors;
import org.piu.targeting.engine.scenario.Scenario;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Reads and writes the documents of the rule language — rules, named lists, scenarios — as YAML or JSON with a
 * stable key order, so that a file in the rules repository changes only where its content changes. Reading is
 * strict: an unknown key is an error (a misspelt {@code unles:} must not silently drop exonerating conditions).
 * The manifest mapper (lenient, offsets kept) is here too so that every module reads manifests the same way.
 */
public final class RuleDocuments {

    public enum Format {
        YAML,
        JSON;

        /** JSON when the text starts with '{' or '[', else YAML. */
        public static Format detect(String text) {
            String t = text == null ? "" : text.stripLeading();
            return t.startsWith("{") || t.startsWith("[") ? JSON : YAML;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();
    private static final JsonMapper CANONICAL =
            JSON.rebuild().disable(SerializationFeature.INDENT_OUTPUT).build();
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .build();
    private static final JsonMapper MANIFEST = JSON.rebuild()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private RuleDocuments() {}

    public static RuleDocument parseRule(String text) {
        return read(text, Format.detect(text), RuleDocument.class);
    }

    public static RuleDocument parseRule(String text, Format format) {
        return read(text, format, RuleDocument.class);
    }

    public static NamedList parseList(String text) {
        return read(text, Format.detect(text), NamedList.class);
    }

    public static NamedList parseList(String text, Format format) {
        return read(text, format, NamedList.class);
    }

    public static Scenario parseScenario(String text) {
        return read(text, Format.detect(text), Scenario.class);
    }

    public static Scenario parseScenario(String text, Format format) {
        return read(text, format, Scenario.class);
    }

    /** A rule, list or scenario as YAML or JSON text, keys in their documented order. */
    public static String write(Object document, Format format) {
        ObjectMapper m = format == Format.JSON ? JSON : YAML;
        return m.writeValueAsString(document);
    }

    /** Compact JSON with a fixed key order: the input of release hashes. */
    public static String canonicalJson(Object document) {
        return CANONICAL.writeValueAsString(document);
    }

    /**
     * The mapper for FlightManifest and Assessment JSON: unknown fields ignored, ISO dates, and date-times keep
     * the offset they were sent with (Jackson would otherwise move them to UTC and change the local date of a
     * flight).
     */
    public static JsonMapper manifestMapper() {
        return MANIFEST;
    }

    public static <T> T read(String text, Format format, Class<T> type) {
        ObjectMapper m = format == Format.JSON ? JSON : YAML;
        try {
            T value = m.readValue(text, type);
            if (value == null) {
                throw new RuleDocumentException("empty " + type.getSimpleName() + " document", 1, 1, "", null);
            }
            return value;
        } catch (JacksonException e) {
            TokenStreamLocation loc = e.getLocation();
            int line = loc == null ? -1 : loc.getLineNr();
            int column = loc == null ? -1 : loc.getColumnNr();
            String path = e.getPath().stream()
                    .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
            String message = "cannot read " + type.getSimpleName() + " (" + format + ")"
                    + (line > 0 ? " at line " + line + ", column " + column : "")
                    + (path.isEmpty() ? "" : ", at " + path) + ": " + firstLine(e.getOriginalMessage());
            throw new RuleDocumentException(message, line, column, path, e);
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
