package org.piu.targeting.matching;

/**
 * Root of the exceptions the matching library throws on purpose, so that a caller can tell them from a bug: a
 * list that does not exist, an import that replaced nothing, Elasticsearch unavailable during list management,
 * a local node that would not start. Screening itself does not throw for Elasticsearch trouble: it answers
 * DEGRADED.
 */
public abstract class MatchingException extends RuntimeException {

    protected MatchingException(String message) {
        super(message);
    }

    protected MatchingException(String message, Throwable cause) {
        super(message, cause);
    }
}
