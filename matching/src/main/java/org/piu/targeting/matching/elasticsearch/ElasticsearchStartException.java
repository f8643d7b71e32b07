package org.piu.targeting.matching.elasticsearch;

/** The local Elasticsearch node could not be started; the message says why and what to do. */
public class ElasticsearchStartException extends RuntimeException {
    public ElasticsearchStartException(String message) {
        super(message);
    }

    public ElasticsearchStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
