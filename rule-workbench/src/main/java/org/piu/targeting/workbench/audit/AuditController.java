package org.piu.targeting.workbench.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.StringWriter;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.piu.targeting.repo.AssetRef;
import org.piu.targeting.repo.RulesRepository;
import org.piu.targeting.repo.audit.AuditEvent;
import org.piu.targeting.repo.integrity.VerificationReport;
import org.piu.targeting.repo.release.Release;
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
public class AuditController {

    /** Which release was active at a moment, and the text of each asset in it. */
    public record ActiveAt(Instant at, Release release, Map<String, String> assets) {}

    private final RulesRepository repository;

    public AuditController(RulesRepository repository) {
        this.repository = repository;
    }

    @GetMapping
    @Operation(summary = "Audit events between two dates (inclusive, UTC; default: the last 30 days)")
    public List<AuditEvent> events(
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
        Period period = Period.of(from, to);
        return repository.audit(period.from(), period.to());
    }

    @GetMapping("/export")
    @Operation(summary = "Export the audit events of a period as CSV or JSON; the export itself is audited")
    public ResponseEntity<String> export(
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "csv") String format,
            Principal user) {
        Period period = Period.of(from, to);
        StringWriter out = new StringWriter();
        boolean csv = switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "csv" -> true;
            case "json" -> false;
            default -> throw new IllegalArgumentException("format must be csv or json, not '" + format + "'");
        };
        if (csv) {
            repository.exportAuditCsv(period.from(), period.to(), user.getName(), out);
        } else {
            repository.exportAuditJson(period.from(), period.to(), user.getName(), out);
        }
        String name = "piu-audit-" + period.fromDate() + "-" + period.toDate() + (csv ? ".csv" : ".json");
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .contentType(csv ? new MediaType("text", "csv") : MediaType.APPLICATION_JSON)
                .body(out.toString());
    }

    @GetMapping("/active-at")
    @Operation(summary = "The release that was active at a moment (ISO instant) and the text of every asset in it")
    public ActiveAt activeAt(@RequestParam Instant at) {
        Optional<Release> release = repository.releaseActiveAt(at);
        Map<String, String> assets = new java.util.TreeMap<>();
        release.ifPresent(r -> repository
                .assetsAt(r.number())
                .forEach((AssetRef ref, String text) -> assets.put(ref.kind().folder() + "/" + ref.id(), text)));
        return new ActiveAt(at, release.orElse(null), assets);
    }

    @PostMapping("/verify")
    @Operation(
            summary =
                    "Prove the history was not rewritten: commit chain from the recorded anchors, release tags intact")
    public VerificationReport verify() {
        return repository.verify();
    }

    /** A period of whole UTC days. */
    record Period(LocalDate fromDate, LocalDate toDate) {
        static Period of(LocalDate from, LocalDate to) {
            LocalDate end = to != null ? to : LocalDate.now(ZoneOffset.UTC);
            LocalDate start = from != null ? from : end.minusDays(30);
            if (start.isAfter(end)) {
                throw new IllegalArgumentException("from (" + start + ") is after to (" + end + ")");
            }
            return new Period(start, end);
        }

        Instant from() {
            return fromDate.atStartOfDay(ZoneOffset.UTC).toInstant();
        }

        Instant to() {
            return toDate.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
    }
}
