package org.piu.targeting.workbench.security;

import java.time.Instant;

/**
 * A pipeline client's key. Only a SHA-256 hash of the secret is stored: keys are 256-bit random values, so a slow
 * password hash adds nothing but latency to every flight the pipeline submits.
 *
 * @param id        public identifier, shown in lists and logs (also the secret's prefix)
 * @param revokedAt null while the key is valid
 */
public record ApiKey(
        String id, String name, String secretHash, Instant createdAt, String createdBy, Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }

    public ApiKey revoked(Instant when) {
        return new ApiKey(id, name, secretHash, createdAt, createdBy, when);
    }
}
