package org.piu.targeting.repo.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.piu.targeting.repo.AssetNotFoundException;
import org.piu.targeting.repo.AssetRef;
import org.piu.targeting.repo.release.Release;
import org.piu.targeting.repo.release.ReleaseDiff;

/** Reads the releases on {@code refs/piu/releases}: the list is in the snapshot, the texts in each release's tree. */
public final class ReleaseLog {

    private final GitStore store;

    public ReleaseLog(GitStore store) {
        this.store = store;
    }

    /** The newest release: the one the engine should run. */
    public Optional<Release> active() {
        return store.snapshot().active();
    }

    public List<Release> all() {
        return store.snapshot().releases();
    }

    public Release release(int number) {
        return release(store.snapshot(), number);
    }

    static Release release(Snapshot s, int number) {
        if (number < 1 || number > s.releases().size()) {
            throw new AssetNotFoundException("release-" + number + " does not exist (releases: 1.."
                    + s.releases().size() + ")");
        }
        return s.releases().get(number - 1);
    }

    /** The release that was active at {@code instant}: the newest one created at or before it. */
    public Optional<Release> activeAt(Instant instant) {
        Release found = null;
        for (Release r : store.snapshot().releases()) {
            if (!r.createdAt().isAfter(instant)) {
                found = r;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The texts of every asset in a release, sorted by asset. */
    public Map<AssetRef, String> texts(Release r) {
        try {
            return ReleaseBranch.texts(store.git(), r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + r.tag(), e);
        }
    }

    public ReleaseDiff diff(int from, int to) {
        Snapshot s = store.snapshot();
        return ReleaseManifest.diff(release(s, from), release(s, to));
    }
}
