package org.piu.targeting.repo;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.piu.targeting.repo.audit.AuditEvent;
import org.piu.targeting.repo.history.AssetDiff;
import org.piu.targeting.repo.history.HistoryEntry;
import org.piu.targeting.repo.integrity.ChainAnchor;
import org.piu.targeting.repo.integrity.VerificationReport;
import org.piu.targeting.repo.internal.AssetHistory;
import org.piu.targeting.repo.internal.AssetReads;
import org.piu.targeting.repo.internal.AssetWrites;
import org.piu.targeting.repo.internal.AuditExport;
import org.piu.targeting.repo.internal.AuditTrail;
import org.piu.targeting.repo.internal.AuditWriter;
import org.piu.targeting.repo.internal.BundleTransfer;
import org.piu.targeting.repo.internal.ChainAnchors;
import org.piu.targeting.repo.internal.GitStore;
import org.piu.targeting.repo.internal.HistoryVerifier;
import org.piu.targeting.repo.internal.Packer;
import org.piu.targeting.repo.internal.ReleaseLog;
import org.piu.targeting.repo.internal.ReleaseWriter;
import org.piu.targeting.repo.release.Release;
import org.piu.targeting.repo.release.ReleaseDiff;
import org.piu.targeting.repo.release.ReleaseGate;
import org.piu.targeting.repo.release.ReleaseRefusedException;

/**
 * Versioned storage of rules, named lists and scenarios in a bare Git repository: the module's one entry point.
 * Like JGit's {@code Git}, it only opens the repository and hands each call to the class that owns the concern
 * (in {@code org.piu.targeting.repo.internal}, which is not API); the lifecycle rules themselves are in
 * {@link org.piu.targeting.repo.lifecycle.Lifecycle}.
 *
 * <p>Layout: {@code refs/heads/main} holds one commit per action (save, submit, approve, reject, retire) with the
 * asset text at {@code <folder>/<shard>/<id>.yaml} and its lifecycle state beside it in {@code <id>.meta.json};
 * {@code refs/piu/releases} holds one commit per release (tagged {@code release-N}); {@code refs/piu/audit} holds
 * one commit per refused action, conflict and export. Every commit's author is the user and its message is the
 * justification plus {@code PIU-*} trailers, so {@code git log} is the audit trail. {@code piu-anchors.log} in the
 * repository directory chains every ref value written, which {@link #verify()} uses to detect rewritten history.
 *
 * <p>Writes are serialized by one lock per instance, each write is durable when it returns (objects and refs are
 * fsynced: {@code core.fsyncObjectFiles}, {@code core.fsyncRefFiles}) and the ref moves with a compare-and-swap on
 * its old value. Reads are lock-free on an immutable snapshot. Open one instance per directory.
 */
public final class RulesRepository implements AutoCloseable {

    private final GitStore store;
    private final AssetWrites writes;
    private final AssetReads reads;
    private final AssetHistory history;
    private final ReleaseWriter releaseWriter;
    private final ReleaseLog releases;
    private final AuditTrail auditTrail;
    private final AuditWriter auditWriter;
    private final AuditExport auditExport;
    private final BundleTransfer transfer;
    private final HistoryVerifier verifier;
    private final ChainAnchors chainAnchors;
    private final Packer packer;

    private RulesRepository(GitStore store) {
        this.store = store;
        this.writes = new AssetWrites(store);
        this.reads = new AssetReads(store);
        this.history = new AssetHistory(store);
        this.releaseWriter = new ReleaseWriter(store);
        this.releases = new ReleaseLog(store);
        this.auditTrail = new AuditTrail(store);
        this.auditWriter = new AuditWriter(store);
        this.auditExport = new AuditExport(store);
        this.transfer = new BundleTransfer(store);
        this.verifier = new HistoryVerifier(store);
        this.chainAnchors = new ChainAnchors(store);
        this.packer = new Packer(store);
    }

    /** Opens the bare repository in {@code dir}, creating it (and the directory) when it does not exist. */
    public static RulesRepository open(Path dir) {
        return open(dir, Clock.systemUTC());
    }

    /** As {@link #open(Path)} with the clock that stamps commits (tests use a fixed or stepping clock). */
    public static RulesRepository open(Path dir, Clock clock) {
        return new RulesRepository(GitStore.open(dir, clock));
    }

    public Path directory() {
        return store.directory();
    }

    /** Saves the timeline index (so the next open reads only newer commits) and closes the repository. */
    @Override
    public void close() {
        store.close();
    }

    // ------------------------------------------------------------------------------------------------ writes

    /**
     * Saves a new draft revision of an asset.
     *
     * @param baseRevision the revision the author started from, null for a new asset
     * @return the new revision (status DRAFT)
     * @throws ConflictException when {@code baseRevision} is not the current revision (or the asset already exists
     *                           and {@code baseRevision} is null); the message names who changed it and when
     */
    public Revision saveDraft(
            AssetKind kind, String id, String content, String author, String justification, String baseRevision) {
        return writes.saveDraft(kind, id, content, author, justification, baseRevision);
    }

    public Revision submit(AssetKind kind, String id, String revision, String actor, String comment) {
        return writes.submit(kind, id, revision, actor, comment);
    }

    /**
     * Approves the submitted revision. Roles are the caller's business; four-eyes is enforced here: the approver
     * must not be any author of the asset since its last approval, else the refusal is audited and thrown.
     */
    public Revision approve(AssetKind kind, String id, String revision, String actor, String comment) {
        return writes.approve(kind, id, revision, actor, comment);
    }

    public Revision reject(AssetKind kind, String id, String revision, String actor, String comment) {
        return writes.reject(kind, id, revision, actor, comment);
    }

    /** Retires the asset (instead of deleting it): it stays in the history and leaves the next release. */
    public Revision retire(AssetKind kind, String id, String actor, String justification) {
        return writes.retire(kind, id, actor, justification);
    }

    // ------------------------------------------------------------------------------------------------ reads

    /** The current revision of an asset (retired assets included, with status RETIRED). */
    public Optional<AssetVersion> get(AssetKind kind, String id) {
        return reads.get(kind, id);
    }

    /** A given revision of an asset (the id of the commit that saved it). */
    public AssetVersion get(AssetKind kind, String id, String revision) {
        return reads.get(kind, id, revision);
    }

    /** Every asset of a kind at the head of main, sorted by id (one tree walk, texts included). */
    public List<AssetVersion> list(AssetKind kind) {
        return reads.list(kind);
    }

    /** Everything that happened to an asset, oldest first: saves, transitions and the releases that published it. */
    public List<HistoryEntry> history(AssetKind kind, String id) {
        return history.history(kind, id);
    }

    /** Field-level and unified text diff between two revisions of one asset. */
    public AssetDiff diff(AssetKind kind, String id, String fromRevision, String toRevision) {
        return reads.diff(kind, id, fromRevision, toRevision);
    }

    // ------------------------------------------------------------------------------------------------ releases

    /**
     * Publishes the newest approved revision of every asset that is not retired, after the gate found no problem.
     * Drafts and submitted revisions are not included; an asset whose newer revision awaits approval is released at
     * its last approved revision.
     *
     * @throws ReleaseRefusedException when the gate reports problems or the release would equal the active one
     */
    public Release publish(String actor, String justification, ReleaseGate gate) {
        return releaseWriter.publish(actor, justification, gate);
    }

    /** Publishes a new release whose assets equal those of release {@code releaseNumber}. */
    public Release rollback(String actor, String justification, int releaseNumber, ReleaseGate gate) {
        return releaseWriter.rollback(actor, justification, releaseNumber, gate);
    }

    /** The newest release: the one the engine should run. Survives restarts (it is the head of the release branch). */
    public Optional<Release> activeRelease() {
        return releases.active();
    }

    public List<Release> releases() {
        return releases.all();
    }

    public Release release(int number) {
        return releases.release(number);
    }

    /** The release that was active at {@code instant}: the newest one created at or before it. */
    public Optional<Release> releaseActiveAt(Instant instant) {
        return releases.activeAt(instant);
    }

    /** The texts of every asset in a release, sorted by asset. */
    public Map<AssetRef, String> assetsAt(int releaseNumber) {
        return releases.texts(releases.release(releaseNumber));
    }

    /** The texts that were active at {@code instant} (empty when no release existed yet). */
    public Map<AssetRef, String> assetsAt(Instant instant) {
        return releases.activeAt(instant).map(releases::texts).orElse(Map.of());
    }

    public ReleaseDiff diffReleases(int from, int to) {
        return releases.diff(from, to);
    }

    // ------------------------------------------------------------------------------------------------ audit

    /**
     * Every audited event with {@code from <= time < to}, oldest first: successful actions (from the main and
     * release branches) and refusals, conflicts, exports (from {@code refs/piu/audit}).
     */
    public List<AuditEvent> audit(Instant from, Instant to) {
        return auditTrail.events(from, to);
    }

    /** Writes {@link #audit} as CSV (RFC 4180, header row); the export itself is audited. */
    public void exportAuditCsv(Instant from, Instant to, String actor, Writer out) {
        auditExport.export(AuditExport.Format.CSV, from, to, actor, out);
    }

    /** Writes {@link #audit} as a JSON array; the export itself is audited. */
    public void exportAuditJson(Instant from, Instant to, String actor, Writer out) {
        auditExport.export(AuditExport.Format.JSON, from, to, actor, out);
    }

    /**
     * Records a refusal decided by the caller (e.g. a user without the approver role) in the same audit trail as
     * the repository's own refusals.
     *
     * @param action e.g. {@code approve}; {@code kind}/{@code id} may be null for repository-wide actions
     */
    public void recordRefusal(String user, String action, AssetKind kind, String id, String reason) {
        auditWriter.recordRefusal(user, action, kind, id, reason);
    }

    // ------------------------------------------------------------------------------------------------ integrity

    /**
     * Proves that the history was not rewritten: the anchor chain is intact, every anchored commit is still
     * reachable from its branch, release tags are where they were created and release contents match their hashes.
     * Problems name the ref, the object and the anchor-log line.
     */
    public VerificationReport verify() {
        return verifier.verify();
    }

    /**
     * Records the head of a hash chain kept elsewhere (the application's audit log) in the anchor log, so that a
     * rewrite of that store alone is detectable: the anchor log is hash-chained and checked by {@link #verify()}.
     *
     * @param chain    the chain's name, lower-case letters, digits and '-'
     * @param sequence the head entry's sequence number
     * @param hash     the head entry's hash, 64 lower-case hex digits
     */
    public void anchorChain(String chain, long sequence, String hash) {
        chainAnchors.anchor(chain, sequence, hash);
    }

    /** Every anchor of {@code chain}, oldest first, for the chain's owner to check its entries against. */
    public List<ChainAnchor> chainAnchors(String chain) {
        return chainAnchors.read(chain);
    }

    /**
     * Packs the repository. Every save, transition and audit entry is written as loose, fsynced object files
     * (automatic gc is off so that no write ever waits for one): a busy year leaves hundreds of thousands of small
     * files, slowing reads, backups and bundle exports. Reachable objects go into a pack; unreachable objects
     * (there are none unless a ref was rewritten behind the repository's back) are pruned only after two weeks, as
     * Git does, and the anchor log still proves any rewrite. Writes wait while it runs.
     */
    public PackReport pack() {
        return packer.pack();
    }

    // ------------------------------------------------------------------------------------------------ rules as code

    /** Writes the whole repository (main, releases, audit, release tags) as a Git bundle; audited as an export. */
    public void exportBundle(OutputStream out, String actor) {
        transfer.exportBundle(out, actor);
    }

    /**
     * Imports asset files for promotion between environments: each path ({@code rules/R-1.yaml}, {@code
     * lists/x.yaml}, {@code scenarios/s.yaml}, sharded paths accepted) whose text differs from the current one
     * becomes a new draft revision (action {@code import}); unchanged files are skipped.
     *
     * @return the revisions created, in path order
     */
    public List<Revision> importAssets(Map<String, String> files, String actor, String justification) {
        return transfer.importAssets(files, actor, justification);
    }

    /**
     * Imports the assets at the head of main in a Git bundle written by {@link #exportBundle} (e.g. from the test
     * environment): each asset whose text differs becomes a draft revision, as with {@link #importAssets}. Only the
     * texts are taken over; lifecycle state and approvals are not, so the target environment approves them itself.
     */
    public List<Revision> importBundle(InputStream bundle, String actor, String justification) {
        return transfer.importBundle(bundle, actor, justification);
    }
}
