package org.piu.targeting.matching.elasticsearch;

import org.piu.targeting.matching.MatchingException;

/** The local Elasticsearch node could not be started; the message says why and what to do. */
public class ElasticsearchStartException extends MatchingException {
    public ElasticsearchStartException(String message) {
        super(message);
    }

    public ElasticsearchStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
