package org.piu.targeting.workbench.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.piu.targeting.engine.rule.NamedList;
import org.piu.targeting.engine.rule.RuleDocuments;
import org.piu.targeting.engine.rule.RuleProblem;
import org.piu.targeting.repo.AssetKind;
import org.piu.targeting.repo.AssetRef;
import org.piu.targeting.repo.AssetVersion;
import org.piu.targeting.repo.PackReport;
import org.piu.targeting.repo.Revision;
import org.piu.targeting.repo.RulesRepository;
import org.piu.targeting.repo.history.AssetDiff;
import org.piu.targeting.repo.history.HistoryEntry;
import org.piu.targeting.workbench.base.api.InvalidRequestException;
import org.springframework.stereotype.Service;

/**
 * What rule authors and approvers do with rules, named lists and scenarios. Saving validates first: a document that
 * cannot be read, or that targets sensitive data, is never stored; lesser problems are returned as warnings and
 * block submission, so that an author can keep an unfinished draft without losing work.
 */
@Service
public class RuleAssetService {

    private final RulesRepository repository;
    private final AssetChecker checker;

    public RuleAssetService(RulesRepository repository, AssetChecker checker) {
        this.repository = repository;
        this.checker = checker;
    }

    public AssetCheck check(AssetKind kind, String id, String text) {
        return checker.check(kind, id, text, currentLists());
    }

    public SavedAsset save(
            AssetKind kind, String id, String text, String author, String justification, String baseRevision) {
        AssetCheck check = check(kind, id, text);
        if (!check.blocking().isEmpty()) {
            throw new InvalidAssetException(kind.folder() + "/" + id, check.blocking());
        }
        Revision revision = repository.saveDraft(kind, id, text, author, justification, baseRevision);
        return new SavedAsset(revision, check.problems());
    }

    /**
     * Imports files ({@code rules/<id>.yaml}, …) as drafts of the caller, all or nothing: one file that may not be
     * saved refuses the whole import, so an environment is never promoted half-way.
     */
    public List<Revision> importAssets(Map<String, String> files, String actor, String justification) {
        List<RuleProblem> blocking = new ArrayList<>();
        files.forEach((path, text) -> {
            var matcher = Pattern.compile("(rules|lists|scenarios)/([^/]+)\\.(yaml|yml|json)")
                    .matcher(path);
            if (!matcher.matches()) {
                throw new InvalidRequestException("cannot import '" + path
                        + "': expected rules/<id>.yaml, lists/<id>.yaml or scenarios/<id>.yaml");
            }
            try {
                AssetRef.parse(path);
            } catch (IllegalArgumentException invalidId) {
                throw new InvalidRequestException("cannot import '" + path + "': " + invalidId.getMessage(), invalidId);
            }
            blocking.addAll(check(AssetKind.fromFolder(matcher.group(1)), matcher.group(2), text)
                    .blocking());
        });
        if (!blocking.isEmpty()) {
            throw new InvalidAssetException("the import", blocking);
        }
        return repository.importAssets(files, actor, justification);
    }

    public Revision submit(AssetKind kind, String id, String revision, String actor, String comment) {
        AssetVersion version = repository.get(kind, id, revision);
        List<RuleProblem> errors = check(kind, id, version.text()).errors();
        if (!errors.isEmpty()) {
            throw new InvalidAssetException(kind.folder() + "/" + id + " at revision " + revision, errors);
        }
        return repository.submit(kind, id, revision, actor, comment);
    }

    public Revision approve(AssetKind kind, String id, String revision, String actor, String comment) {
        return repository.approve(kind, id, revision, actor, comment);
    }

    public Revision reject(AssetKind kind, String id, String revision, String actor, String comment) {
        return repository.reject(kind, id, revision, actor, comment);
    }

    public Revision retire(AssetKind kind, String id, String actor, String justification) {
        return repository.retire(kind, id, actor, justification);
    }

    public List<AssetVersion> list(AssetKind kind) {
        return repository.list(kind);
    }

    public Optional<AssetVersion> get(AssetKind kind, String id) {
        return repository.get(kind, id);
    }

    public AssetVersion get(AssetKind kind, String id, String revision) {
        return repository.get(kind, id, revision);
    }

    public List<HistoryEntry> history(AssetKind kind, String id) {
        return repository.history(kind, id);
    }

    public AssetDiff diff(AssetKind kind, String id, String from, String to) {
        return repository.diff(kind, id, from, to);
    }

    /** Where the repository lives (for health and operations). */
    public Path repositoryDirectory() {
        return repository.directory();
    }

    /** Gathers the repository's loose objects into a pack; saves made meanwhile wait for it. */
    public PackReport packRepository() {
        return repository.pack();
    }

    private List<NamedList> currentLists() {
        return repository.list(AssetKind.LIST).stream()
                .map(v -> {
                    try {
                        return Optional.of(RuleDocuments.parseList(v.text()));
                    } catch (IllegalArgumentException unreadable) {
                        return Optional.<NamedList>empty();
                    }
                })
                .flatMap(Optional::stream)
                .toList();
    }
}
