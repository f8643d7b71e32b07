package org.piu.targeting.workbench.security;

/** A newly created key: the secret is shown once to its creator and never again. */
public record IssuedApiKey(ApiKey key, String secret) {}
