package org.piu.targeting.workbench.base.api;

import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * An error of one of the workbench's features that says itself how it answers an API client: status, title and any
 * extra members of the problem document. {@link ApiProblems} renders these like every other error, without knowing
 * the features (they depend on the base, not the other way round); the workbench's error handler shows the title
 * and message the same way.
 */
public abstract class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String title;

    protected ProblemException(HttpStatus status, String title, String message) {
        this(status, title, message, null);
    }

    protected ProblemException(HttpStatus status, String title, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    /** A short, stable summary of the kind of problem; the message says what exactly is wrong. */
    public String title() {
        return title;
    }

    /** Members added to the problem document, e.g. the list of problems of a document. */
    public Map<String, Object> properties() {
        return Map.of();
    }

    /** Headers of the answer, e.g. Retry-After. */
    public HttpHeaders headers() {
        return HttpHeaders.EMPTY;
    }
}
