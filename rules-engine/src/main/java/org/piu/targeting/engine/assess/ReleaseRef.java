package org.piu.targeting.engine.assess;

/** The release an assessment ran against. */
public record ReleaseRef(String id, String hash) {}
