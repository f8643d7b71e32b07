package org.piu.targeting.workbench.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.StringWriter;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.piu.targeting.repo.AssetRef;
import org.piu.targeting.repo.audit.AuditEvent;
import org.piu.targeting.repo.integrity.VerificationReport;
import org.piu.targeting.repo.release.Release;
import org.piu.targeting.workbench.audit.AuditService.ActiveRules;
import org.piu.targeting.workbench.audit.AuditService.ExportFormat;
import org.piu.targeting.workbench.audit.AuditService.Period;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * For compliance officers: every action on the rules repository (refusals included), exports for a period, the
 * rules that were active at any moment, and a verification that the history was not rewritten.
 */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "Audit trail, exports, active rules at a date, integrity verification")
class AuditController {

    /** Which release was active at a moment, and the text of each asset in it. */
    public record ActiveAt(Instant at, Release release, Map<String, String> assets) {}

    private final AuditService audit;

    AuditController(AuditService audit) {
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "Audit events between two dates (inclusive, UTC; default: the last 30 days)")
    public List<AuditEvent> events(
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
        return audit.events(audit.period(from, to));
    }

    @GetMapping("/export")
    @Operation(summary = "Export the audit events of a period as CSV or JSON; the export itself is audited")
    public ResponseEntity<String> export(
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "csv") String format,
            Principal user) {
        Period period = audit.period(from, to);
        ExportFormat exportFormat = ExportFormat.parse(format);
        StringWriter out = new StringWriter();
        audit.export(period, exportFormat, user.getName(), out);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + audit.exportFileName(period, exportFormat) + "\"")
                .contentType(MediaType.parseMediaType(exportFormat.contentType()))
                .body(out.toString());
    }

    @GetMapping("/active-at")
    @Operation(summary = "The release that was active at a moment (ISO instant) and the text of every asset in it")
    public ActiveAt activeAt(@RequestParam Instant at) {
        ActiveRules active = audit.activeAt(at);
        Map<String, String> assets = new TreeMap<>();
        active.texts().forEach((AssetRef ref, String text) -> assets.put(ref.name(), text));
        return new ActiveAt(at, active.release().orElse(null), assets);
    }

    @PostMapping("/verify")
    @Operation(
            summary =
                    "Prove the history was not rewritten: commit chain from the recorded anchors, release tags intact")
    public VerificationReport verify() {
        return audit.verify();
    }
}
