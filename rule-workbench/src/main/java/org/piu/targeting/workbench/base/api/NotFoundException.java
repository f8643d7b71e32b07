package org.piu.targeting.workbench.base.api;

import org.springframework.http.HttpStatus;

/**
 * What the caller asked for does not exist (a watchlist, an API key, an active release): 404 with a detail naming
 * it. Thrown instead of {@code NoSuchElementException}, which is what an empty {@code Optional.get()} throws
 * in a bug, and so answers 500.
 */
public class NotFoundException extends ProblemException {

    public NotFoundException(String detail) {
        super(HttpStatus.NOT_FOUND, "Not found", detail);
    }
}
