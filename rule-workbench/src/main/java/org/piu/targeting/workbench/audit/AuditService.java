package org.piu.targeting.workbench.audit;

import java.io.OutputStream;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.piu.targeting.repo.AssetRef;
import org.piu.targeting.repo.RulesRepository;
import org.piu.targeting.repo.audit.AuditEvent;
import org.piu.targeting.repo.audit.AuditOutcome;
import org.piu.targeting.repo.integrity.ChainAnchor;
import org.piu.targeting.repo.integrity.VerificationReport;
import org.piu.targeting.repo.release.Release;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The audit trail for compliance officers, the same for the workbench and the REST API. It has two stores: rule
 * changes (and their refusals) are the rules repository's Git history; everything else is the {@link AuditLog} in
 * Elasticsearch. This service shows them as one trail ({@link AuditTrailEntry}): the lines of a period of whole UTC
 * days filtered by user, action, subject and outcome, their export as CSV or JSON (the export is itself audited),
 * the rules that were active at any moment, and one verification of both stores. It also anchors the audit log's
 * head in the repository's anchor log, so that a rewrite of Elasticsearch alone is detected.
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
                throw new IllegalArgumentException("from (" + fromDate + ") is after to (" + toDate + ")");
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
                default -> throw new IllegalArgumentException("format must be csv or json, not '" + name + "'");
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

    /**
     * The verification of both stores: intact when the rules repository's history and the audit log are.
     *
     * @param repository what the rules repository's verification found (anchor log, refs, releases)
     * @param auditLog   what the audit log's verification found (sequence, hashes, head, anchors)
     */
    public record IntegrityReport(
            boolean intact, Instant checkedAt, VerificationReport repository, AuditLogVerification auditLog) {}

    private static final Logger log = LoggerFactory.getLogger(AuditService.class);

    private final RulesRepository repository;
    private final AuditLog auditLog;
    private final Clock clock;
    /** The sequence number last anchored by this node (-1: not known yet). */
    private long lastAnchored = -1;

    public AuditService(RulesRepository repository, AuditLog auditLog, Clock clock) {
        this.repository = repository;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The period between two days; without an end it ends today (UTC), without a start 30 days before its end. */
    public Period period(LocalDate from, LocalDate to) {
        LocalDate end = to != null ? to : LocalDate.now(clock.withZone(ZoneOffset.UTC));
        return new Period(from != null ? from : end.minusDays(DEFAULT_DAYS), end);
    }

    /** Every line of the trail in the period, oldest first. */
    public List<AuditTrailEntry> trail(Period period) {
        return trail(AuditQuery.period(period.start(), period.end(), AuditQuery.MAX_LIMIT));
    }

    /**
     * The lines of both stores that match the query, oldest first; when there are more than its limit, the newest of
     * them.
     */
    public List<AuditTrailEntry> trail(AuditQuery query) {
        List<AuditTrailEntry> lines = merged(query, auditLog.entries(query));
        return lines.size() <= query.limit() ? lines : lines.subList(lines.size() - query.limit(), lines.size());
    }

    /**
     * Writes every line of both stores that matches the query (whatever its limit) and records the export, with the
     * filters and the number of lines, in the audit log.
     */
    public void export(AuditQuery query, ExportFormat format, String actor, Writer out) {
        List<AuditLogEntry> logged = new ArrayList<>();
        auditLog.forEach(query, logged::add);
        List<AuditTrailEntry> lines = merged(query, logged);
        switch (format) {
            case CSV -> TrailExport.csv(lines, out);
            case JSON -> TrailExport.json(lines, out);
        }
        Map<String, String> details = new LinkedHashMap<>();
        details.put("format", format.extension());
        details.put("from", query.from().toString());
        details.put("to", query.to().toString());
        details.put("lines", Integer.toString(lines.size()));
        putIfSet(details, "user", query.user());
        putIfSet(details, "action", query.action());
        putIfSet(details, "subjectType", query.subjectType());
        putIfSet(details, "subject", query.subject());
        putIfSet(
                details,
                "outcome",
                query.outcome() == null ? null : query.outcome().name());
        auditLog.record(actor, "export", "audit-trail", "", AuditOutcome.SUCCESS, details);
    }

    /** The query for a period and the filters of the view and the API (blank filters are ignored). */
    public AuditQuery query(Period period, String user, String action, String subject, String outcome, Integer limit) {
        AuditOutcome parsed = null;
        if (outcome != null && !outcome.isBlank()) {
            try {
                parsed = AuditOutcome.valueOf(outcome.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "outcome must be SUCCESS, REFUSED or CONFLICT, not '" + outcome + "'");
            }
        }
        return new AuditQuery(
                period.start(),
                period.end(),
                user,
                action,
                null,
                subject,
                parsed,
                limit == null ? AuditQuery.MAX_LIMIT : limit);
    }

    private List<AuditTrailEntry> merged(AuditQuery query, List<AuditLogEntry> logged) {
        List<AuditTrailEntry> lines = new ArrayList<>();
        for (AuditEvent e : repository.audit(query.from(), query.to())) {
            AuditTrailEntry line = AuditTrailEntry.of(e);
            if (query.matches(line.user(), line.action(), line.subjectType(), line.subjectId(), line.outcome())) {
                lines.add(line);
            }
        }
        logged.forEach(e -> lines.add(AuditTrailEntry.of(e)));
        lines.sort(Comparator.comparing(AuditTrailEntry::time));
        return lines;
    }

    private static void putIfSet(Map<String, String> details, String name, String value) {
        if (value != null) {
            details.put(name, value);
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

    /**
     * Verifies both stores: the rules repository (anchor log, commit chains, release tags and contents) and the audit
     * log (sequence numbers, hashes, chain head, and the heads anchored in the repository's anchor log).
     */
    public IntegrityReport verify() {
        VerificationReport history = repository.verify();
        AuditLogVerification logged = auditLog.verify(repository.chainAnchors(AuditLog.CHAIN));
        return new IntegrityReport(history.intact() && logged.intact(), clock.instant(), history, logged);
    }

    /**
     * Writes the audit log's head into the rules repository's anchor log, unless it is anchored already. Run every
     * {@code piu.audit.anchor-interval}; with several nodes each may anchor, which only adds lines.
     */
    public synchronized void anchorAuditLog() {
        AuditLog.ChainHead head = auditLog.head();
        if (lastAnchored < 0) {
            List<ChainAnchor> anchors = repository.chainAnchors(AuditLog.CHAIN);
            lastAnchored = anchors.isEmpty() ? 0 : anchors.getLast().sequence();
        }
        if (head.sequence() <= lastAnchored) {
            return;
        }
        repository.anchorChain(AuditLog.CHAIN, head.sequence(), head.hash());
        lastAnchored = head.sequence();
        log.debug("anchored the audit log at entry {}", head.sequence());
    }

    /** The whole repository as a Git bundle; the export is recorded in the audit trail with {@code actor}. */
    public void exportBundle(OutputStream out, String actor) {
        repository.exportBundle(out, actor);
    }
}
