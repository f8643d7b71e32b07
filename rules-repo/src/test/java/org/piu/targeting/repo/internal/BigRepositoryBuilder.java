package org.piu.targeting.repo.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.eclipse.jgit.internal.storage.file.FileRepository;
import org.eclipse.jgit.internal.storage.file.ObjectDirectory;
import org.eclipse.jgit.internal.storage.file.PackInserter;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.TreeFormatter;
import org.piu.targeting.repo.AssetRef;
import org.piu.targeting.repo.RulesRepository;
import org.piu.targeting.repo.lifecycle.AssetState;
import org.piu.targeting.repo.lifecycle.LifecycleAction;

/**
 * Builds a repository in the exact layout {@link RulesRepository} writes (same paths, meta files and trailers), but
 * straight into one pack file with an in-memory model of the trees: 50,000 commits in seconds instead of the
 * minutes that 50,000 fsynced saves would take. Edits are skewed like real work: R-00000 gets 2% of all commits,
 * fifty "hot" rules 10%, the rest are spread uniformly. Each asset cycles save → submit → approve → save.
 *
 * <p>Test code only may use JGit's internal {@code PackInserter}: JGit has no public way to insert objects straight
 * into a pack, and 300,000 loose objects packed afterwards would take minutes. Main code uses no JGit internals
 * ({@code ArchitectureTest}).
 */
public final class BigRepositoryBuilder {

    private static final Instant START = Instant.parse("2024-11-01T00:00:00Z");
    static final long SECONDS_PER_COMMIT = 1200;

    private BigRepositoryBuilder() {}

    public static String ruleId(int i) {
        return String.format("R-%05d", i);
    }

    public static String ruleText(int i, int version) {
        String[] sev = {"LOW", "MEDIUM", "HIGH"};
        return "id: " + ruleId(i) + "\ntitle: Generated criterion " + i + "\ncategory: travel-pattern\n"
                + "severity: " + sev[(i + version) % 3] + "\nscore: " + (10 + version % 90) + "\nowner: analyst"
                + (i % 7) + "\nreviewBy: 2027-06-30\nwhen:\n  all:\n"
                + "    - {field: booking.payment.type, op: eq, value: CASH}\n"
                + "    - {field: booking.hoursBeforeDeparture, op: lt, value: " + (6 + version % 48) + "}\n"
                + "    - {field: flight.origin, op: in, list: high-risk-origins-" + (i % 20) + "}\n"
                + "unless:\n  any:\n    - {field: passenger.type, op: eq, value: CREW}\n";
    }

    /** Returns {@code target}, building it first unless a complete build is already there. */
    public static Path buildOrReuse(Path target, int rules, int commits) throws IOException {
        Path done = target.resolve("piu-bench-complete");
        if (Files.exists(done)) {
            return target;
        }
        if (Files.exists(target)) {
            try (var walk = Files.walk(target)) {
                walk.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
        long t0 = System.nanoTime();
        Files.createDirectories(target);
        try (FileRepository repo = new FileRepository(target.toFile())) {
            repo.create(true);
            Map<String, TreeMap<String, ObjectId>> shards = new HashMap<>();
            Map<String, ObjectId> shardTrees = new TreeMap<>();
            List<AssetState> states = new ArrayList<>();
            String[] revision = new String[rules];
            Random random = new Random(42);
            ObjectId parent = null;
            try (PackInserter ins = ((ObjectDirectory) repo.getObjectDatabase()).newPackInserter()) {
                ins.checkExisting(false);
                ins.setCompressionLevel(1);
                for (int c = 0; c < commits; c++) {
                    int asset;
                    if (c < rules) {
                        asset = c;
                    } else {
                        double r = random.nextDouble();
                        asset = r < 0.02 ? 0 : r < 0.12 ? 1 + random.nextInt(50) : random.nextInt(rules);
                    }
                    AssetRef ref = AssetRef.rule(ruleId(asset));
                    Instant when = START.plusSeconds(c * SECONDS_PER_COMMIT);
                    String user = "analyst" + (c % 7);
                    String approver = "approver" + (c % 3);
                    AssetState state = asset < states.size() ? states.get(asset) : null;
                    LifecycleAction action;
                    AssetState next;
                    String actor = user;
                    if (state == null) {
                        action = LifecycleAction.SAVE;
                        next = AssetState.created(ref.name(), user, when.toString(), action);
                        states.add(next);
                    } else {
                        switch (state.status()) {
                            case DRAFT -> {
                                action = LifecycleAction.SUBMIT;
                                next = state.submitted(user);
                            }
                            case SUBMITTED -> {
                                action = LifecycleAction.APPROVE;
                                actor = approver;
                                next = state.approved(approver, when.toString(), revision[asset]);
                            }
                            default -> {
                                action = LifecycleAction.SAVE;
                                next = state.saved(user, when.toString(), action);
                            }
                        }
                        states.set(asset, next);
                    }
                    TreeMap<String, ObjectId> shard = shards.computeIfAbsent(ref.shard(), k -> new TreeMap<>());
                    if (action.createsRevision()) {
                        shard.put(
                                ref.id() + ".yaml",
                                ins.insert(
                                        Constants.OBJ_BLOB,
                                        ruleText(asset, next.version()).getBytes(StandardCharsets.UTF_8)));
                    }
                    shard.put(ref.id() + ".meta.json", ins.insert(Constants.OBJ_BLOB, AssetStateFile.write(next)));
                    TreeFormatter shardTree = new TreeFormatter();
                    shard.forEach((name, id) -> shardTree.append(name, FileMode.REGULAR_FILE, id));
                    shardTrees.put(ref.shard(), ins.insert(shardTree));
                    TreeFormatter folder = new TreeFormatter();
                    shardTrees.forEach((name, id) -> folder.append(name, FileMode.TREE, id));
                    TreeFormatter root = new TreeFormatter();
                    root.append("rules", FileMode.TREE, ins.insert(folder));
                    Map<String, String> trailers = new LinkedHashMap<>();
                    trailers.put(CommitMessage.ACTION, action.trailerValue());
                    trailers.put(CommitMessage.ASSET, ref.name());
                    trailers.put(CommitMessage.STATUS, next.status().name());
                    if (!action.createsRevision()) {
                        trailers.put(CommitMessage.REVISION, revision[asset]);
                    }
                    PersonIdent who = new PersonIdent(actor, actor + "@piu", when, ZoneOffset.UTC);
                    CommitBuilder cb = new CommitBuilder();
                    cb.setTreeId(ins.insert(root));
                    if (parent != null) {
                        cb.setParentId(parent);
                    }
                    cb.setAuthor(who);
                    cb.setCommitter(who);
                    cb.setMessage(new CommitMessage(
                                    action.trailerValue() + " " + ref.name() + " v" + next.version(),
                                    "generated change " + c,
                                    trailers)
                            .format());
                    parent = ins.insert(cb);
                    if (action.createsRevision()) {
                        revision[asset] = parent.name();
                    }
                }
                ins.flush();
            }
            RefUpdate u = repo.updateRef(GitStore.MAIN);
            u.setNewObjectId(parent);
            u.setExpectedOldObjectId(ObjectId.zeroId());
            RefUpdate.Result r = u.update();
            if (r != RefUpdate.Result.NEW) {
                throw new IllegalStateException("cannot set main: " + r);
            }
        }
        Files.writeString(done, "rules=" + rules + " commits=" + commits + "\n");
        System.out.printf(
                "built %d rules / %d commits in %.1f s at %s%n",
                rules, commits, (System.nanoTime() - t0) / 1e9, target);
        return target;
    }
}
