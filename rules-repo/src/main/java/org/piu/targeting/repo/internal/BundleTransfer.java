package org.piu.targeting.repo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.jgit.errors.TransportException;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.BundleWriter;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.TransportBundleStream;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.piu.targeting.repo.AssetRef;
import org.piu.targeting.repo.AssetVersion;
import org.piu.targeting.repo.Revision;
import org.piu.targeting.repo.RulesRepositoryException;
import org.piu.targeting.repo.audit.AuditOutcome;
import org.piu.targeting.repo.lifecycle.LifecycleAction;

/**
 * Rules as code between environments: the whole repository out as a Git bundle, asset files or a bundle's main
 * branch in as draft revisions. Only texts are taken over; the target environment approves them itself.
 */
public final class BundleTransfer {

    private static final String INCOMING = "refs/piu/incoming/main";

    private final GitStore store;
    private final AssetWrites writes;
    private final AssetReads reads;
    private final AuditWriter audit;

    public BundleTransfer(GitStore store) {
        this.store = store;
        this.writes = new AssetWrites(store);
        this.reads = new AssetReads(store);
        this.audit = new AuditWriter(store);
    }

    /** Writes every ref (main, releases, audit, release tags) as a Git bundle; audited as an export. */
    public void exportBundle(OutputStream out, String actor) {
        Inputs.requireUser(actor);
        Repository git = store.git();
        try {
            BundleWriter writer = new BundleWriter(git);
            int refs = 0;
            for (Ref r : git.getRefDatabase().getRefs()) {
                if (!r.isSymbolic()) {
                    writer.include(r);
                    refs++;
                }
            }
            if (refs == 0) {
                throw new RulesRepositoryException("the repository is empty: nothing to export");
            }
            writer.writeBundle(NullProgressMonitor.INSTANCE, out);
            String detail = "git bundle export of " + refs + " refs";
            store.locked(() -> audit.record(actor, "export", null, null, AuditOutcome.SUCCESS, detail));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write bundle", e);
        }
    }

    /** Each path whose text differs from the current one becomes a new draft revision; unchanged files are skipped. */
    public List<Revision> importAssets(Map<String, String> files, String actor, String justification) {
        Inputs.requireUser(actor);
        Inputs.requireText(justification, "justification");
        Map<AssetRef, String> parsed = new TreeMap<>();
        for (Map.Entry<String, String> e : files.entrySet()) {
            AssetRef ref = AssetRef.parse(e.getKey());
            if (parsed.put(ref, Inputs.assetText(e.getValue())) != null) {
                throw new IllegalArgumentException("asset " + ref + " appears twice in the import");
            }
        }
        return store.locked(() -> {
            List<Revision> out = new ArrayList<>();
            for (Map.Entry<AssetRef, String> e : parsed.entrySet()) {
                AssetRef ref = e.getKey();
                Optional<AssetVersion> current = reads.get(ref.kind(), ref.id());
                if (current.isPresent() && current.get().text().equals(e.getValue())) {
                    continue;
                }
                String base = current.map(AssetVersion::revision).orElse(null);
                out.add(writes.save(ref, e.getValue(), actor, justification, base, LifecycleAction.IMPORT));
            }
            return out;
        });
    }

    /** Imports the asset files at the head of a bundle's main branch, as {@link #importAssets} does. */
    public List<Revision> importBundle(InputStream bundle, String actor, String justification) {
        Inputs.requireUser(actor);
        Inputs.requireText(justification, "justification");
        Repository git = store.git();
        return store.locked(() -> {
            try (TransportBundleStream transport =
                    new TransportBundleStream(git, new URIish("bundle:import"), bundle)) {
                transport.fetch(
                        NullProgressMonitor.INSTANCE, List.of(new RefSpec("+" + GitStore.MAIN + ":" + INCOMING)));
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            } catch (TransportException e) {
                throw new RulesRepositoryException("not a readable rules bundle: " + e.getMessage(), e);
            }
            Map<String, String> files = new TreeMap<>();
            try (ObjectReader reader = git.newObjectReader();
                    RevWalk walk = new RevWalk(reader);
                    TreeWalk tw = new TreeWalk(reader)) {
                Ref ref = git.exactRef(INCOMING);
                if (ref == null) {
                    throw new RulesRepositoryException("the bundle has no " + GitStore.MAIN + " branch");
                }
                tw.addTree(walk.parseCommit(ref.getObjectId()).getTree());
                tw.setRecursive(true);
                while (tw.next()) {
                    String path = tw.getPathString();
                    if (path.endsWith(".yaml") && path.indexOf('/') > 0) {
                        files.put(
                                path, new String(reader.open(tw.getObjectId(0)).getBytes(), StandardCharsets.UTF_8));
                    }
                }
            } finally {
                RefUpdate delete = git.updateRef(INCOMING);
                delete.setForceUpdate(true);
                delete.delete();
            }
            return importAssets(files, actor, justification);
        });
    }
}
