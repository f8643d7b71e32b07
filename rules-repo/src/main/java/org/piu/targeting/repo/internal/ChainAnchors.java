package org.piu.targeting.repo.internal;

import java.util.List;
import java.util.regex.Pattern;
import org.piu.targeting.repo.integrity.ChainAnchor;

/**
 * Heads of hash chains kept outside the repository, written into the anchor log as lines whose ref is
 * {@code chain:<name>} and whose object is {@code <sequence>:<hash>}. The anchor log's own chain protects them;
 * checking that the anchored entries still exist is the business of the chain's owner, so {@link HistoryVerifier}
 * leaves these lines to it.
 */
public final class ChainAnchors {

    static final String REF_PREFIX = "chain:";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private final GitStore store;

    public ChainAnchors(GitStore store) {
        this.store = store;
    }

    /** Appends (and fsyncs) one anchor of {@code chain} at {@code sequence} with the entry's {@code hash}. */
    public void anchor(String chain, long sequence, String hash) {
        requireName(chain);
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be positive, not " + sequence);
        }
        if (hash == null || !HASH.matcher(hash).matches()) {
            throw new IllegalArgumentException("hash must be 64 lower-case hex digits, not '" + hash + "'");
        }
        store.locked(() -> {
            store.anchors().append(REF_PREFIX + chain, sequence + ":" + hash, store.now());
            return null;
        });
    }

    /** Every anchor of {@code chain} in the order written; lines after a break of the anchor log are not read. */
    public List<ChainAnchor> read(String chain) {
        requireName(chain);
        String ref = REF_PREFIX + chain;
        return store.anchors().read().anchors().stream()
                .filter(a -> a.ref().equals(ref))
                .map(a -> {
                    int colon = a.objectId().indexOf(':');
                    return new ChainAnchor(
                            chain,
                            Long.parseLong(a.objectId().substring(0, colon)),
                            a.objectId().substring(colon + 1),
                            a.time(),
                            a.lineNumber());
                })
                .toList();
    }

    static boolean isChain(String ref) {
        return ref.startsWith(REF_PREFIX);
    }

    private static void requireName(String chain) {
        if (chain == null || !NAME.matcher(chain).matches()) {
            throw new IllegalArgumentException(
                    "chain name must be lower-case letters, digits and '-', not '" + chain + "'");
        }
    }
}
