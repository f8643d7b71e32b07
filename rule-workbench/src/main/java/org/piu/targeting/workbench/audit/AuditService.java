package org.piu.targeting.workbench.audit;

import java.io.OutputStream;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.piu.targeting.repo.AssetKind;
import org.piu.targeting.repo.AssetRef;
import org.piu.targeting.repo.RulesRepository;
import org.piu.targeting.repo.audit.AuditEvent;
import org.piu.targeting.repo.integrity.VerificationReport;
import org.piu.targeting.repo.release.Release;
import org.piu.targeting.workbench.base.api.InvalidRequestException;
import org.springframework.stereotype.Service;

/**
 * The audit trail for compliance officers, the same for the workbench and the REST API: the events of a period of
 * whole UTC days, their export as CSV or JSON (the export is itself audited), the rules that were active at any
 * moment, and the proof that the history was not rewritten. Refusals and repository exports are recorded here too.
 */
@Service
public class AuditService {

    /** Without a start, a period covers this many days before its end. */
    static final int DEFAULT_DAYS = 30;

    /**
     * A period of whole UTC days, both inclusive: what a compliance officer picks in a calendar and what an export's
     * file name says.
     */
    public record Period(LocalDate fromDate, LocalDate toDate) {
        public Period {
            if (fromDate.isAfter(toDate)) {
                throw new InvalidRequestException("from (" + fromDate + ") is after to (" + toDate + ")");
            }
        }

        /** The first instant of the period. */
        public Instant start() {
            return fromDate.atStartOfDay(ZoneOffset.UTC).toInstant();
        }

        /** The first instant after the period. */
        public Instant end() {
            return toDate.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
    }

    /** The formats an audit export is written in. */
    public enum ExportFormat {
        CSV("text/csv"),
        JSON("application/json");

        private final String contentType;

        ExportFormat(String contentType) {
            this.contentType = contentType;
        }

        /** {@code csv} or {@code json}, in any case. */
        public static ExportFormat parse(String name) {
            return switch (name.toLowerCase(Locale.ROOT)) {
                case "csv" -> CSV;
                case "json" -> JSON;
                default -> throw new InvalidRequestException("format must be csv or json, not '" + name + "'");
            };
        }

        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }

        public String contentType() {
            return contentType;
        }
    }

    /**
     * What was active at a moment: the release (none before the first was published) and the text of each asset in
     * it.
     */
    public record ActiveRules(Instant at, Optional<Release> release, Map<AssetRef, String> texts) {
        public ActiveRules {
            texts = Map.copyOf(texts);
        }
    }

    private final RulesRepository repository;
    private final Clock clock;

    public AuditService(RulesRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** The period between two days; without an end it ends today (UTC), without a start 30 days before its end. */
    public Period period(LocalDate from, LocalDate to) {
        LocalDate end = to != null ? to : LocalDate.now(clock.withZone(ZoneOffset.UTC));
        return new Period(from != null ? from : end.minusDays(DEFAULT_DAYS), end);
    }

    public List<AuditEvent> events(Period period) {
        return repository.audit(period.start(), period.end());
    }

    /** Writes the events of the period; the export is recorded in the audit trail with {@code actor}. */
    public void export(Period period, ExportFormat format, String actor, Writer out) {
        switch (format) {
            case CSV -> repository.exportAuditCsv(period.start(), period.end(), actor, out);
            case JSON -> repository.exportAuditJson(period.start(), period.end(), actor, out);
        }
    }

    /** {@code piu-audit-<from>-<to>.<csv|json>} */
    public String exportFileName(Period period, ExportFormat format) {
        return "piu-audit-" + period.fromDate() + "-" + period.toDate() + "." + format.extension();
    }

    public ActiveRules activeAt(Instant at) {
        Optional<Release> release = repository.releaseActiveAt(at);
        Map<AssetRef, String> texts =
                release.map(r -> repository.assetsAt(r.number())).orElse(Map.of());
        return new ActiveRules(at, release, texts);
    }

    /** Checks the commit chain from the recorded anchors, the release tags and every release's content hash. */
    public VerificationReport verify() {
        return repository.verify();
    }

    /** Records that {@code user} was refused an action; {@code kind} and {@code assetId} may be null. */
    public void recordRefusal(String user, String action, AssetKind kind, String assetId, String reason) {
        repository.recordRefusal(user, action, kind, assetId, reason);
    }

    /** The whole repository as a Git bundle; the export is recorded in the audit trail with {@code actor}. */
    public void exportBundle(OutputStream out, String actor) {
        repository.exportBundle(out, actor);
    }
}
