package org.piu.targeting.workbench.base.api;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.piu.targeting.engine.rule.RuleDocumentException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * What is wrong with a JSON (or YAML) document that could not be read, and where, in the caller's words: the JSON path
 * ({@code passengers[1].dateOfBirth}), line and column, the kind of value expected (a date YYYY-MM-DD, a whole
 * number, one of CREW, PASSENGER) and what was sent instead. Jackson's own messages name Java types
 * ({@code java.time.LocalDate}, {@code FlightManifest["passengers"]->java.util.ArrayList[1]}) and its settings; none of
 * that reaches a client: each kind of failure is worded here, and what is left of Jackson's text is only taken when it
 * names no Java type ({@link #plain}).
 *
 * @param path the JSON path of the value, empty for the body itself
 * @param line 1-based line of the problem, 0 when unknown
 * @param column 1-based column of the problem, 0 when unknown
 * @param problem what is wrong, e.g. {@code expected a date YYYY-MM-DD, got '02.03.1985'}
 */
public record UnreadableDocument(String path, int line, int column, String problem) {

    /** A Java type as Jackson quotes it, a fully-qualified name, a nested class or a Jackson setting. */
    private static final Pattern JAVA_TEXT = Pattern.compile(
            "`|\\$|\\b(?:java|javax|jakarta|tools|com|org|sun)\\.[a-z]|\\b[a-z]+\\.[a-z]+\\.[A-Za-z]|Feature\\b"
                    + "|\\b[A-Z][a-z]+[A-Z]\\w*(?:Exception|Request|Controller|Mapper|Deserializer)\\b|\\bclass\\b");

    private static final Pattern RECEIVED = Pattern.compile(
            "from (Array|Object|String|Integer|Floating-point|Number|Boolean|Null|Embedded Object) value"
                    + "(?: \\('?(.*?)'?\\))?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TOKEN = Pattern.compile("(?:`JsonToken\\.|Unexpected token \\()(\\w+)[`)]");
    private static final Pattern ENUM_VALUES = Pattern.compile("accepted for Enum class: \\[([^\\]]*)]");
    private static final Pattern UNEXPECTED_CHARACTER =
            Pattern.compile("Unexpected character \\('(.+?)' \\(code \\d+\\)\\)");
    private static final int SHOWN_VALUE = 60;

    public UnreadableDocument {
        path = path == null ? "" : path;
        problem = problem == null || problem.isBlank() ? "the value cannot be read" : problem;
    }

    public static UnreadableDocument of(JacksonException e) {
        if (String.valueOf(e.getOriginalMessage()).startsWith("No content to map")) {
            return new UnreadableDocument("", 0, 0, "the body is empty");
        }
        TokenStreamLocation location = e.getLocation();
        int line = location != null && location.getLineNr() > 0 ? location.getLineNr() : 0;
        int column = line > 0 ? Math.max(location.getColumnNr(), 0) : 0;
        return new UnreadableDocument(path(e), line, column, problem(e));
    }

    /**
     * The detail of the problem document, e.g. {@code invalid flight manifest at passengers[1].dateOfBirth (line 3,
     * column 20): expected a date YYYY-MM-DD, got '02.03.1985'}.
     *
     * @param subject what was being read, e.g. "the request body" or "invalid flight manifest"
     */
    public String detail(String subject) {
        StringBuilder detail = new StringBuilder(subject);
        if (!path.isEmpty()) {
            detail.append(" at ").append(path);
        }
        if (line > 0) {
            detail.append(" (line ")
                    .append(line)
                    .append(", column ")
                    .append(column)
                    .append(')');
        }
        return detail.append(": ").append(problem).toString();
    }

    /**
     * A rule, list or scenario the caller wrote that cannot be read: the rules engine's own message names the Java
     * type it reads ({@code cannot read RuleDocument}) and quotes Jackson; this says the same in the caller's words.
     */
    public static UnreadableDocument of(RuleDocumentException e) {
        if (e.getCause() instanceof JacksonException jackson) {
            return of(jackson);
        }
        int line = Math.max(e.line(), 0);
        return new UnreadableDocument(e.path(), line, line > 0 ? Math.max(e.column(), 0) : 0, "the document is empty");
    }

    /** The JSON path of the value: Jackson's reference path when data binding failed, else the parser's position. */
    static String path(JacksonException e) {
        if (e instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (JacksonException.Reference reference : databind.getPath()) {
                if (reference.getPropertyName() != null) {
                    appendName(path, reference.getPropertyName());
                } else if (reference.getIndex() >= 0) {
                    path.append('[').append(reference.getIndex()).append(']');
                }
            }
            return path.toString();
        }
        if (e instanceof DatabindException) {
            return ""; // the document itself
        }
        if (e.processor() instanceof JsonParser parser) {
            return path(parser.streamReadContext());
        }
        return "";
    }

    private static String path(TokenStreamContext context) {
        Deque<TokenStreamContext> levels = new ArrayDeque<>();
        for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            levels.addFirst(c);
        }
        StringBuilder path = new StringBuilder();
        for (TokenStreamContext c : levels) {
            if (c.inArray()) {
                path.append('[').append(Math.max(c.getCurrentIndex(), 0)).append(']');
            } else if (c.inObject() && c.currentName() != null) {
                appendName(path, c.currentName());
            }
        }
        return path.toString();
    }

    /** {@code .name}, or {@code ["rules/a.yaml"]} for a key that is not a plain name. */
    private static void appendName(StringBuilder path, String name) {
        if (name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            if (!path.isEmpty()) {
                path.append('.');
            }
            path.append(name);
        } else {
            path.append("[\"").append(shown(name)).append("\"]");
        }
    }

    private static String problem(JacksonException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            return constraint(message);
        }
        if (e instanceof UnexpectedEndOfInputException) {
            return "the JSON ends before " + (message.contains("Array") ? "an array" : "an object")
                    + " is closed: is the body cut off?";
        }
        if (e instanceof InputCoercionException) {
            return "the number is out of range" + range(message);
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown property '" + shown(unknown.getPropertyName()) + "'"
                    + (unknown.getKnownPropertyIds() == null
                                    || unknown.getKnownPropertyIds().isEmpty()
                            ? ""
                            : "; known: "
                                    + unknown.getKnownPropertyIds().stream()
                                            .map(String::valueOf)
                                            .sorted()
                                            .collect(Collectors.joining(", ")));
        }
        if (e instanceof ValueInstantiationException instantiation) {
            return invalidValue(instantiation);
        }
        if (e instanceof InvalidFormatException format) {
            return "expected " + expected(format.getTargetType(), message) + ", got " + value(format.getValue());
        }
        if (e instanceof MismatchedInputException mismatch) {
            return mismatch(mismatch, message);
        }
        if (e instanceof DatabindException) {
            return plain(message).orElse("the value cannot be read");
        }
        return "not valid JSON: " + syntax(message);
    }

    private static String mismatch(MismatchedInputException e, String message) {
        if (message.startsWith("No content to map")) {
            return "the body is empty";
        }
        if (message.startsWith("Trailing token")) {
            return "more follows after the JSON value: send exactly one JSON value";
        }
        if (message.startsWith("Cannot map `null`")) {
            return "expected " + expected(e.getTargetType(), message) + ", got null";
        }
        String received = received(message);
        String expected = expected(e.getTargetType(), message);
        return "expected " + expected + (received.isEmpty() ? "" : ", got " + received);
    }

    /** A value the model refused as it was built (a record's own check): its reason, if it is worded for people. */
    private static String invalidValue(ValueInstantiationException e) {
        Throwable cause = e.getCause();
        if (cause instanceof NullPointerException) {
            // records copy their lists with List.copyOf, which refuses null elements
            return "invalid value: null where a value is required (a null element in a list?)";
        }
        Optional<String> reason =
                cause == null || cause.getMessage() == null ? Optional.empty() : plain(cause.getMessage());
        return reason.map(r -> "invalid value: " + r).orElse("invalid value");
    }

    /** What the body held where a value of another kind was expected. */
    private static String received(String message) {
        Matcher m = RECEIVED.matcher(message);
        if (m.find()) {
            String value = m.group(2) == null || m.group(2).startsWith("token ") ? null : m.group(2);
            return switch (m.group(1)) {
                case "Array", "array" -> "an array";
                case "Object", "object" -> "an object";
                case "String", "string" -> value == null ? "text" : "the text " + value(value);
                case "Integer", "Floating-point", "Number", "integer", "floating-point", "number" ->
                    value == null ? "a number" : "the number " + value;
                case "Boolean", "boolean" -> value == null ? "true or false" : value;
                case "Null", "null" -> "null";
                default -> "a value of another kind";
            };
        }
        Matcher token = TOKEN.matcher(message);
        if (token.find()) {
            return switch (token.group(1)) {
                case "START_ARRAY" -> "an array";
                case "START_OBJECT" -> "an object";
                case "VALUE_STRING" -> "text";
                case "VALUE_NUMBER_INT", "VALUE_NUMBER_FLOAT" -> "a number";
                case "VALUE_TRUE", "VALUE_FALSE" -> "true or false";
                case "VALUE_NULL" -> "null";
                default -> "";
            };
        }
        return "";
    }

    /** The kind of JSON value a Java type is read from, as the API documents it. */
    static String expected(Class<?> type, String message) {
        if (type == null) {
            return "a value of another kind";
        }
        if (type.isEnum()) {
            Matcher accepted = ENUM_VALUES.matcher(message == null ? "" : message);
            String values = accepted.find()
                    ? accepted.group(1)
                    : Arrays.stream(type.getEnumConstants())
                            .map(c -> ((Enum<?>) c).name())
                            .sorted()
                            .collect(Collectors.joining(", "));
            return "one of " + values;
        }
        return expected(type);
    }

    /** The kind of value a Java type stands for, in the words of the API's documentation. */
    static String expected(Class<?> type) {
        if (type == String.class || type == Character.class || type == char.class) {
            return "text";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Integer.class
                || type == int.class
                || type == Long.class
                || type == long.class
                || type == Short.class
                || type == short.class
                || type == BigInteger.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return type == BigDecimal.class ? "a decimal number" : "a number";
        }
        if (type == LocalDate.class) {
            return "a date YYYY-MM-DD";
        }
        if (type == OffsetDateTime.class || type == ZonedDateTime.class) {
            return "a date-time with offset, e.g. 2026-11-22T07:40:00+03:00";
        }
        if (type == LocalDateTime.class) {
            return "a date-time, e.g. 2026-11-22T07:40:00";
        }
        if (type == Instant.class) {
            return "an instant in UTC, e.g. 2026-11-22T04:40:00Z";
        }
        if (type == LocalTime.class) {
            return "a time hh:mm";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "a date or time in ISO 8601";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type)
                || type.isRecord()
                || !type.getName().startsWith("java.")) {
            return "an object";
        }
        return "a value of another kind";
    }

    private static String constraint(String message) {
        String limit = Optional.of(Pattern.compile("maximum allowed \\((\\d+)").matcher(message))
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .orElse("the limit");
        // the reader stops at a limit without a position: the body as a whole is where
        if (message.contains("nesting depth")) {
            return "the body nests arrays or objects more than " + limit + " levels deep";
        }
        if (message.contains("Number value length")) {
            return "the body has a number with more than " + limit + " digits";
        }
        if (message.contains("String value length")) {
            return "the body has a text longer than " + limit + " characters";
        }
        if (message.contains("Name length")) {
            return "the body has a property name longer than " + limit + " characters";
        }
        return "the body exceeds a size limit of the JSON reader";
    }

    private static String range(String message) {
        Matcher m = Pattern.compile("\\((-?\\d+) - (-?\\d+)\\)").matcher(message);
        return m.find() ? ": expected a whole number from " + m.group(1) + " to " + m.group(2) : "";
    }

    /** A syntax error's reason without Jackson's settings and source notes. */
    private static String syntax(String message) {
        String first = message.lines().findFirst().orElse("").trim();
        Matcher unexpected = UNEXPECTED_CHARACTER.matcher(first);
        if (unexpected.find()) {
            String rest = first.substring(unexpected.end()).replaceFirst("^:\\s*", "");
            return "unexpected character '" + unexpected.group(1) + "'"
                    + (rest.isEmpty() ? "" : ": " + rest.replace("was expecting", "expected"));
        }
        String cleaned = first.replaceAll(":? ?(enable|set) `[^`]*`[^;:)]*", "")
                .replaceAll("\\s*\\(code \\d+\\)", "")
                .replaceAll("\\s*\\[Source:.*", "")
                .replace("was expecting", "expected")
                .trim();
        return plain(cleaned).orElse("the text is not well-formed JSON");
    }

    /** The text if it names no Java type or Jackson setting, else empty. */
    static Optional<String> plain(String text) {
        if (text == null || text.isBlank() || JAVA_TEXT.matcher(text).find()) {
            return Optional.empty();
        }
        return Optional.of(text.lines().findFirst().orElse("").trim());
    }

    private static String value(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        return "'" + shown(String.valueOf(value)) + "'";
    }

    private static String shown(String text) {
        String oneLine = text.replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() <= SHOWN_VALUE ? oneLine : oneLine.substring(0, SHOWN_VALUE) + "…";
    }
}
