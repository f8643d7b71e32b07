package org.piu.targeting.workbench.base.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import tools.jackson.core.JacksonException;

/**
 * A caller's mistake: the request says something the API cannot accept (a missing field, a value of the wrong kind, an
 * unknown format). Answered 400 (415 for a body of the wrong media type) with a detail that says what and where, in
 * the caller's words. This is the only exception the workbench throws for bad input: a plain
 * {@link IllegalArgumentException} is a fault of ours and answers 500. Library code that refuses a caller's value with
 * an IllegalArgumentException (an asset id, a watchlist's thresholds, a date of birth) is caught where the caller's
 * value is handed to it and converted to this exception with the library's message.
 */
public class InvalidRequestException extends ProblemException {

    private final Map<String, Object> properties;

    public InvalidRequestException(String detail) {
        this(detail, null);
    }

    /** The library's refusal of a caller's value, kept as the cause for the log. */
    public InvalidRequestException(String detail, Throwable cause) {
        this(HttpStatus.BAD_REQUEST, "Invalid request", detail, Map.of(), cause);
    }

    private InvalidRequestException(
            HttpStatus status, String title, String detail, Map<String, Object> properties, Throwable cause) {
        super(status, title, detail, cause);
        this.properties = Map.copyOf(properties);
    }

    /**
     * A JSON document the caller sent (a request body, or a document inside one) that cannot be read: the detail and
     * the members {@code path}, {@code line} and {@code column} say where, and what was expected and received.
     *
     * @param subject what was read, as the detail starts: "the request body", "invalid flight manifest"
     */
    public static InvalidRequestException unreadableJson(String subject, JacksonException e) {
        UnreadableDocument unreadable = UnreadableDocument.of(e);
        return new InvalidRequestException(
                HttpStatus.BAD_REQUEST, "Unreadable request body", unreadable.detail(subject), where(unreadable), e);
    }

    /** A request body of a media type the endpoint does not read, detected by the endpoint itself (415). */
    public static InvalidRequestException unsupportedMediaType(String detail, Throwable cause) {
        return new InvalidRequestException(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", detail, Map.of(), cause);
    }

    static Map<String, Object> where(UnreadableDocument unreadable) {
        Map<String, Object> where = new LinkedHashMap<>();
        where.put("path", unreadable.path());
        if (unreadable.line() > 0) {
            where.put("line", unreadable.line());
            where.put("column", unreadable.column());
        }
        return where;
    }

    @Override
    public Map<String, Object> properties() {
        return properties;
    }
}
