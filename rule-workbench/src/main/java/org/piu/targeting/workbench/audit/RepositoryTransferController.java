package org.piu.targeting.workbench.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.io.ByteArrayOutputStream;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.piu.targeting.repo.Revision;
import org.piu.targeting.workbench.base.security.Permissions;
import org.piu.targeting.workbench.rules.RuleAssetService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Rules as code between environments (test → production): export the repository, import assets as drafts. */
@RestController
@RequestMapping("/api/v1/repository")
@Tag(
        name = "Repository transfer",
        description = "Git bundle export and import of assets for promotion between environments")
class RepositoryTransferController {

    /** Files by path ({@code rules/<id>.yaml}, {@code lists/<id>.yaml}, {@code scenarios/<id>.yaml}). */
    public record ImportRequest(
            @NotEmpty Map<String, @NotBlank String> files,
            @NotBlank String justification) {}

    private final AuditService audit;
    private final RuleAssetService assets;

    RepositoryTransferController(AuditService audit, RuleAssetService assets) {
        this.audit = audit;
        this.assets = assets;
    }

    @GetMapping(value = "/bundle", produces = "application/octet-stream")
    @RolesAllowed(Permissions.EXPORT_REPOSITORY)
    @Operation(summary = "The whole repository as a Git bundle (git clone piu.bundle works on it)")
    public ResponseEntity<byte[]> bundle(Principal user) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        audit.exportBundle(out, user.getName());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"piu-rules.bundle\"")
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(out.toByteArray());
    }

    @PostMapping("/import")
    @RolesAllowed(Permissions.EDIT_ASSETS)
    @Operation(summary = "Import assets from files; each changed asset becomes a draft revision by the caller")
    public List<Revision> importAssets(@Valid @RequestBody ImportRequest body, Principal user) {
        return assets.importAssets(body.files(), user.getName(), body.justification());
    }
}
