package org.piu.targeting.workbench.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.StringWriter;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.piu.targeting.repo.AssetRef;
import org.piu.targeting.repo.release.Release;
import org.piu.targeting.workbench.audit.AuditService.ActiveRules;
import org.piu.targeting.workbench.audit.AuditService.ExportFormat;
import org.piu.targeting.workbench.audit.AuditService.IntegrityReport;
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
 * For compliance officers: the audit trail (rule changes from the rules repository, everything else from the audit
 * log) filtered and exported, the consultation log, the rules that were active at any moment, and one verification
 * of both stores.
 */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(
        name = "Audit",
        description = "Audit trail and consultation log, exports, active rules at a date, integrity verification")
class AuditController {

    static final String FROM = "First day (UTC, YYYY-MM-DD, inclusive); default: 30 days before 'to'";
    static final String TO = "Last day (UTC, YYYY-MM-DD, inclusive); default: today";

    /** Which release was active at a moment, and the text of each asset in it. */
    public record ActiveAt(Instant at, Release release, Map<String, String> assets) {}

    private final AuditService audit;
    private final AuditLog auditLog;

    AuditController(AuditService audit, AuditLog auditLog) {
        this.audit = audit;
        this.auditLog = auditLog;
    }

    @GetMapping
    @Operation(
            summary = "The audit trail of a period, oldest first: rule changes and their refusals (rules repository)"
                    + " and everything else (audit log: sign-ins, refused calls, consultations, exports, …), filtered"
                    + " by user, action, subject and outcome; at most 'limit' lines, the newest")
    public List<AuditTrailEntry> events(
            @Parameter(description = FROM) @RequestParam(required = false) LocalDate from,
            @Parameter(description = TO) @RequestParam(required = false) LocalDate to,
            @Parameter(description = "Only this user (exactly)") @RequestParam(required = false) String user,
            @Parameter(description = "Only this action, e.g. sign-in, consultation, approve, call")
                    @RequestParam(required = false)
                    String action,
            @Parameter(description = "Only this subject: its id (R-1, 9U172-2026-11-22/P1) or type/id (rules/R-1)")
                    @RequestParam(required = false)
                    String subject,
            @Parameter(description = "Only SUCCESS, REFUSED or CONFLICT") @RequestParam(required = false)
                    String outcome,
            @Parameter(description = "At most this many lines (1–10000, default 10000)") @RequestParam(required = false)
                    Integer limit) {
        return audit.trail(audit.query(audit.period(from, to), user, action, subject, outcome, limit));
    }

    @GetMapping("/export")
    @Operation(
            summary = "Export the audit trail of a period (same filters as the trail, every line) as CSV or JSON;"
                    + " cells a spreadsheet would read as a formula get a leading apostrophe; the export is audited")
    public ResponseEntity<String> export(
            @Parameter(description = FROM) @RequestParam(required = false) LocalDate from,
            @Parameter(description = TO) @RequestParam(required = false) LocalDate to,
            @Parameter(description = "csv or json") @RequestParam(defaultValue = "csv") String format,
            @RequestParam(required = false) String user,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String subject,
            @RequestParam(required = false) String outcome,
            Principal caller) {
        Period period = audit.period(from, to);
        ExportFormat exportFormat = ExportFormat.parse(format);
        StringWriter out = new StringWriter();
        audit.export(audit.query(period, user, action, subject, outcome, null), exportFormat, caller.getName(), out);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + audit.exportFileName(period, exportFormat) + "\"")
                .contentType(MediaType.parseMediaType(exportFormat.contentType()))
                .body(out.toString());
    }

    @GetMapping("/consultations")
    @Operation(
            summary = "The consultation log (EU PNR Directive art. 13): every view of a passenger's personal data"
                    + " — who, when, which flight and passenger, for what purpose — oldest first")
    public List<Consultation> consultations(
            @Parameter(description = FROM) @RequestParam(required = false) LocalDate from,
            @Parameter(description = TO) @RequestParam(required = false) LocalDate to,
            @Parameter(description = "Only the views of this user") @RequestParam(required = false) String user) {
        Period period = audit.period(from, to);
        return auditLog.consultations(period.start(), period.end(), user == null || user.isBlank() ? null : user);
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
            summary = "Prove that neither store was rewritten: the rules repository (anchor log, commit chains,"
                    + " release tags and contents) and the audit log (sequence numbers, hashes, chain head, anchors"
                    + " in the repository); each problem says where the chain breaks")
    public IntegrityReport verify() {
        return audit.verify();
    }
}
