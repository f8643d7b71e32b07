package org.piu.targeting.workbench.rules;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.piu.targeting.repo.AssetKind;
import org.piu.targeting.repo.AssetRef;
import org.piu.targeting.repo.AssetVersion;
import org.piu.targeting.repo.Revision;
import org.piu.targeting.repo.history.AssetDiff;
import org.piu.targeting.repo.history.HistoryEntry;
import org.piu.targeting.workbench.base.api.InvalidRequestException;
import org.piu.targeting.workbench.base.api.NotFoundException;
import org.piu.targeting.workbench.base.security.Permissions;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rules as code: rules, named lists and scenarios by kind ({@code rules}, {@code lists}, {@code scenarios}), their
 * drafts, lifecycle, history and diffs. The caller is the author or actor of every change.
 */
@RestController
@RequestMapping("/api/v1/{kind:rules|lists|scenarios}")
@Tag(
        name = "Rules, lists and scenarios",
        description = "Versioned assets of the rules repository and their four-eyes lifecycle")
class RulesController {

    /** Body of a save: the document text (YAML or JSON), why it changes, and the revision it was edited from. */
    public record SaveRequest(
            @NotBlank String text,
            @NotBlank String justification,

            @Schema(description = "The revision the text was edited from; required for an existing asset")
            String baseRevision) {}

    public record CheckRequest(@NotBlank String text) {}

    /** Submit or approve: the revision the caller reviewed (none: the current one) and an optional comment. */
    public record TransitionRequest(String revision, String comment) {}

    /** Reject: the comment says why, for the author. */
    public record RejectRequest(String revision, @NotBlank String comment) {}

    public record RetireRequest(@NotBlank String justification) {}

    /** One asset in a listing, without its text. */
    public record AssetSummary(
            String id,
            String revision,
            String status,
            int version,
            String author,
            Instant savedAt,
            String approvedBy,
            String publishedRevision) {
        static AssetSummary of(AssetVersion v) {
            return new AssetSummary(
                    v.asset().id(),
                    v.revision(),
                    v.status().name(),
                    v.version(),
                    v.author(),
                    v.savedAt(),
                    v.approvedBy(),
                    v.publishedRevision());
        }
    }

    private final RuleAssetService assets;

    RulesController(RuleAssetService assets) {
        this.assets = assets;
    }

    @GetMapping
    @Operation(summary = "Every asset of the kind at its latest revision (retired ones included, with their status)")
    public List<AssetSummary> list(@PathVariable String kind) {
        return assets.list(kind(kind)).stream().map(AssetSummary::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "An asset's text and state, latest or at ?revision=")
    public AssetVersion get(
            @PathVariable String kind, @PathVariable String id, @RequestParam(required = false) String revision) {
        AssetRef asset = asset(kind, id);
        if (revision != null) {
            return assets.get(asset.kind(), asset.id(), revision);
        }
        return assets.get(asset.kind(), asset.id()).orElseThrow(() -> new NotFoundException("no " + kind + "/" + id));
    }

    @PutMapping("/{id}")
    @RolesAllowed(Permissions.EDIT_ASSETS)
    @Operation(
            summary =
                    "Create or update a draft. baseRevision is required for an existing asset: a stale one is a 409"
                            + " naming who changed the asset since. A document that targets sensitive data is refused with the legal reason.")
    public SavedAsset save(
            @PathVariable String kind, @PathVariable String id, @Valid @RequestBody SaveRequest body, Principal user) {
        AssetRef asset = asset(kind, id);
        return assets.save(
                asset.kind(), asset.id(), body.text(), user.getName(), body.justification(), body.baseRevision());
    }

    @PostMapping("/{id}/validate")
    @Operation(
            summary =
                    "Validate a document against the field catalog, the sensitive-data policy and the named lists, without saving")
    public AssetCheck validate(
            @PathVariable String kind, @PathVariable String id, @Valid @RequestBody CheckRequest body) {
        AssetRef asset = asset(kind, id);
        return assets.check(asset.kind(), asset.id(), body.text());
    }

    @PostMapping("/{id}/submit")
    @RolesAllowed(Permissions.EDIT_ASSETS)
    @Operation(summary = "Submit a revision for approval (it must have no errors)")
    public Revision submit(
            @PathVariable String kind,
            @PathVariable String id,
            @Valid @RequestBody TransitionRequest body,
            Principal user) {
        AssetRef asset = asset(kind, id);
        return assets.submit(asset.kind(), asset.id(), body.revision(), user.getName(), body.comment());
    }

    @PostMapping("/{id}/approve")
    @RolesAllowed(Permissions.DECIDE_APPROVALS)
    @Operation(summary = "Approve a submitted revision; refused (and audited) when the approver authored it")
    public Revision approve(
            @PathVariable String kind,
            @PathVariable String id,
            @Valid @RequestBody TransitionRequest body,
            Principal user) {
        AssetRef asset = asset(kind, id);
        return assets.approve(asset.kind(), asset.id(), body.revision(), user.getName(), body.comment());
    }

    @PostMapping("/{id}/reject")
    @RolesAllowed(Permissions.DECIDE_APPROVALS)
    @Operation(summary = "Reject a submitted revision with a comment")
    public Revision reject(
            @PathVariable String kind,
            @PathVariable String id,
            @Valid @RequestBody RejectRequest body,
            Principal user) {
        AssetRef asset = asset(kind, id);
        return assets.reject(asset.kind(), asset.id(), body.revision(), user.getName(), body.comment());
    }

    @PostMapping("/{id}/retire")
    @ResponseStatus(HttpStatus.OK)
    @RolesAllowed(Permissions.RETIRE_ASSETS)
    @Operation(summary = "Retire an asset: it leaves the next release; its history stays")
    public Revision retire(
            @PathVariable String kind,
            @PathVariable String id,
            @Valid @RequestBody RetireRequest body,
            Principal user) {
        AssetRef asset = asset(kind, id);
        return assets.retire(asset.kind(), asset.id(), user.getName(), body.justification());
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Who did what to the asset, when and why")
    public List<HistoryEntry> history(@PathVariable String kind, @PathVariable String id) {
        AssetRef asset = asset(kind, id);
        return assets.history(asset.kind(), asset.id());
    }

    @GetMapping("/{id}/diff")
    @Operation(summary = "Field-level and text diff between two revisions of the asset")
    public AssetDiff diff(
            @PathVariable String kind, @PathVariable String id, @RequestParam String from, @RequestParam String to) {
        AssetRef asset = asset(kind, id);
        return assets.diff(asset.kind(), asset.id(), from, to);
    }

    static AssetKind kind(String folder) {
        return AssetKind.fromFolder(folder);
    }

    /** The asset a path names; an id the repository would refuse is the caller's mistake. */
    static AssetRef asset(String folder, String id) {
        try {
            return new AssetRef(kind(folder), id);
        } catch (IllegalArgumentException invalidId) {
            throw new InvalidRequestException(invalidId.getMessage(), invalidId);
        }
    }
}
