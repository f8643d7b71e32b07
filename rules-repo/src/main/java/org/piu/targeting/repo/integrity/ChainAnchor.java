package org.piu.targeting.repo.integrity;

import java.time.Instant;

/**
 * The head of a hash chain kept outside the repository (the application's audit log in Elasticsearch), recorded in
 * the repository's anchor log: whoever rewrites that store alone cannot make an anchored entry disappear or change
 * unnoticed, because the anchor log is itself hash-chained and verified with the Git history.
 *
 * @param chain      which chain (e.g. {@code audit-log})
 * @param sequence   the sequence number of the chain's head entry when it was anchored
 * @param hash       that entry's hash (64 hex digits)
 * @param time       when it was anchored
 * @param anchorLine the line of the anchor log that holds it (1-based)
 */
public record ChainAnchor(String chain, long sequence, String hash, Instant time, int anchorLine) {}
