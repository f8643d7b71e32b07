package org.piu.targeting.workbench.security;

/**
 * A call of the REST API that the caller's permissions do not allow, announced when it is refused.
 *
 * @param user   who tried (a user name or {@code apikey:<id>}); null when unknown
 * @param method the HTTP method
 * @param path   the request path
 */
public record AccessRefused(String user, String method, String path) {}
