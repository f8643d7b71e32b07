package org.piu.targeting.workbench.audit;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.piu.targeting.repo.audit.AuditOutcome;
import org.piu.targeting.repo.integrity.ChainAnchor;
import org.piu.targeting.workbench.base.config.PiuProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The tamper-evident record of everything that is not a rule change: sign-ins, refused calls, reads of personal data
 * (the consultation log), exports, and what later features add (account and watchlist changes, review decisions,
 * disclosures). Rule changes are recorded by the rules repository (its Git history); {@link AuditService} shows both
 * as one trail.
 *
 * <p><b>Storage.</b> One Elasticsearch document per entry ({@value #INDEX}, id = sequence number) and one chain-head
 * document ({@value #INDEX}{@code -head}). Every {@link AuditLogEntry} carries its sequence number, the hash of the
 * entry before and its own hash over a canonical form, so that an entry deleted, altered or replaced breaks the chain.
 *
 * <p><b>Several writers.</b> An entry is created with {@code op_type=create} under its sequence number, so only one
 * writer can take a position; the head then moves by compare-and-swap ({@code if_seq_no}/{@code if_primary_term}).
 * A writer that finds the next position taken re-reads the head — moving it first to the entry it found, should the
 * writer of that entry have died between its two steps — and tries again. Nodes never fork the chain; within one
 * node appends are serialized.
 *
 * <p><b>Anchors.</b> {@link AuditService} writes the chain head into the rules repository's anchor log every
 * {@code piu.audit.anchor-interval}; {@link #verify} checks the entries against those anchors, so that rewriting
 * Elasticsearch alone is detected too.
 */
@Service
public class AuditLog {

    /** The chain's name in the rules repository's anchor log. */
    public static final String CHAIN = "audit-log";

    static final String INDEX = "piu-audit-log";

    /** Details of a consultation. */
    static final String FLIGHT_KEY = "flightKey";

    static final String PASSENGER_ID = "passengerId";
    static final String PURPOSE = "purpose";

    /** The action and subject type of a consultation. */
    public static final String CONSULTATION = "consultation";

    public static final String PASSENGER = "passenger";

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);
    private static final int MAX_ATTEMPTS = 200;

    private final AuditLogStore store;
    private final Clock clock;
    private final RepeatedEvents repeats;
    private AuditLogStore.Head cachedHead;

    @Autowired
    public AuditLog(ElasticsearchClient client, Clock clock, PiuProperties properties) {
        this(new AuditLogStore(client, INDEX), clock, properties.audit().coalesceWindow());
    }

    AuditLog(AuditLogStore store, Clock clock, Duration coalesceWindow) {
        this.store = store;
        this.clock = clock;
        this.repeats = new RepeatedEvents(coalesceWindow);
    }

    /**
     * Appends one event and returns its entry.
     *
     * @param actor       who: a user name, {@code apikey:<id>}, or {@code system}
     * @param action      what, as a short verb in lower case ({@code sign-in}, {@code export}, {@code approve})
     * @param subjectType the kind of thing it concerns ({@code passenger}, {@code user}, {@code watchlist}); null
     *                    for none
     * @param subjectId   which one; null for none
     * @param details     further facts by name (never secrets); null for none
     * @throws java.io.UncheckedIOException when Elasticsearch cannot be reached: the event is not recorded, and a
     *                                      caller that must not act unrecorded (showing personal data) stops here
     */
    public AuditLogEntry record(
            String actor,
            String action,
            String subjectType,
            String subjectId,
            AuditOutcome outcome,
            Map<String, String> details) {
        requireText(actor, "actor");
        requireText(action, "action");
        return append(AuditLogEntry.unchained(
                clock.instant(), actor, action, subjectType, subjectId, outcome, details, 1, null));
    }

    /**
     * Records an event that may repeat quickly (a refused call, a failed or API sign-in): the first occurrence is
     * written at once, repeats with the same actor, action, subject and outcome within {@code
     * piu.audit.coalesce-window} are counted and written as one entry when the window closes.
     */
    public void recordRepeatable(
            String actor,
            String action,
            String subjectType,
            String subjectId,
            AuditOutcome outcome,
            Map<String, String> details) {
        requireText(actor, "actor");
        requireText(action, "action");
        Instant now = clock.instant();
        var key = new RepeatedEvents.Key(actor, action, subjectType, subjectId, outcome);
        RepeatedEvents.Occurrence occurrence = repeats.occurred(key, details, now);
        occurrence.closed().ifPresent(closed -> {
            try {
                write(closed);
            } catch (RuntimeException e) {
                repeats.notWritten(List.of(closed));
                throw e;
            }
        });
        if (occurrence.writeNow()) {
            append(AuditLogEntry.unchained(now, actor, action, subjectType, subjectId, outcome, details, 1, null));
        }
    }

    /**
     * Records that {@code user} was shown the personal data of a passenger (EU PNR Directive art. 13).
     *
     * @param flightKey   the flight, e.g. {@code 9U172-2026-11-22}
     * @param passengerId the passenger's id within the flight
     * @param purpose     why: the review item, or the screen that showed the data
     */
    public AuditLogEntry recordConsultation(String user, String flightKey, String passengerId, String purpose) {
        requireText(flightKey, "flightKey");
        requireText(passengerId, "passengerId");
        requireText(purpose, "purpose");
        Map<String, String> details = new LinkedHashMap<>();
        details.put(FLIGHT_KEY, flightKey);
        details.put(PASSENGER_ID, passengerId);
        details.put(PURPOSE, purpose);
        return record(user, CONSULTATION, PASSENGER, flightKey + "/" + passengerId, AuditOutcome.SUCCESS, details);
    }

    /** The consultations of a period, oldest first; {@code user} null for everyone's. */
    public List<Consultation> consultations(Instant from, Instant to, String user) {
        AuditQuery query = new AuditQuery(from, to, user, CONSULTATION, PASSENGER, null, null, AuditQuery.MAX_LIMIT);
        List<Consultation> out = new ArrayList<>();
        store.search(filters(query), Long.MAX_VALUE, true, e -> out.add(Consultation.of(e)));
        return out;
    }

    /** The newest entries matching the query, at most its limit, oldest first. */
    public List<AuditLogEntry> entries(AuditQuery query) {
        List<AuditLogEntry> out = new ArrayList<>();
        store.search(filters(query), query.limit(), false, out::add);
        return out.reversed();
    }

    /** Every entry matching the query, oldest first, whatever its limit (for exports). */
    public void forEach(AuditQuery query, Consumer<AuditLogEntry> consumer) {
        store.search(filters(query), Long.MAX_VALUE, true, consumer);
    }

    /** The newest entry's position and hash (sequence 0 and the genesis hash while the log is empty). */
    public ChainHead head() {
        AuditLogStore.Head head = store.head();
        return new ChainHead(head.sequence(), head.hash());
    }

    /** The head of the chain: what an anchor records. */
    public record ChainHead(long sequence, String hash) {}

    /**
     * Walks the whole chain and compares it with the anchors the rules repository kept; says which entries were
     * deleted or altered. Repeats still being counted are written first.
     */
    public AuditLogVerification verify(List<ChainAnchor> anchors) {
        flushRepeats(true);
        return new AuditLogVerifier(store).verify(anchors);
    }

    /** Writes the repeats of every window that is over; called every few seconds. */
    public void flushRepeats() {
        flushRepeats(false);
    }

    private void flushRepeats(boolean all) {
        List<RepeatedEvents.Repeats> closed = repeats.close(clock.instant(), all);
        for (int i = 0; i < closed.size(); i++) {
            try {
                write(closed.get(i));
            } catch (RuntimeException e) {
                repeats.notWritten(closed.subList(i, closed.size()));
                throw e;
            }
        }
    }

    /** What was still being counted is written when the application stops. */
    @PreDestroy
    void close() {
        try {
            flushRepeats(true);
        } catch (RuntimeException e) {
            log.warn("could not write the last coalesced audit entries: {}", e.getMessage());
        }
    }

    private void write(RepeatedEvents.Repeats r) {
        RepeatedEvents.Key k = r.key();
        append(AuditLogEntry.unchained(
                r.first(),
                k.actor(),
                k.action(),
                k.subjectType(),
                k.subjectId(),
                k.outcome(),
                r.details(),
                r.count(),
                r.last()));
    }

    private synchronized AuditLogEntry append(AuditLogEntry event) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            AuditLogStore.Head head = cachedHead != null ? cachedHead : store.head();
            AuditLogEntry entry = event.chainedAt(head.sequence() + 1, head.hash());
            if (!store.create(entry)) {
                // another writer took this position: bring the head up to date and try the next one
                cachedHead = null;
                catchUp(head);
                pause(attempt);
                continue;
            }
            // null when another writer moved the head to this entry first: read it again next time
            cachedHead = store.moveHead(head, entry).orElse(null);
            return entry;
        }
        throw new IllegalStateException("the audit log could not append after " + MAX_ATTEMPTS + " attempts: the"
                + " chain head does not lead to the newest entry; run the integrity verification");
    }

    /**
     * Moves the head over entries whose writer stopped between creating the entry and moving the head (at most one
     * per writer), as long as they chain onto it.
     */
    private void catchUp(AuditLogStore.Head from) {
        AuditLogStore.Head head = from;
        while (true) {
            var next = store.entry(head.sequence() + 1);
            if (next.isEmpty() || !next.get().previousHash().equals(head.hash())) {
                return;
            }
            var moved = store.moveHead(head, next.get());
            if (moved.isEmpty()) {
                return; // someone else moved it: the caller reads it again
            }
            head = moved.get();
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 2 + Math.min(attempt, 20) * 2L));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while appending to the audit log", e);
        }
    }

    private static List<Query> filters(AuditQuery q) {
        List<Query> filters = new ArrayList<>();
        filters.add(Query.of(f -> f.range(
                r -> r.date(d -> d.field("time").gte(q.from().toString()).lt(q.to().toString())))));
        term(filters, "actor", q.user());
        term(filters, "action", q.action());
        term(filters, "subjectType", q.subjectType());
        term(filters, "outcome", q.outcome() == null ? null : q.outcome().name());
        if (q.subject() != null) {
            String subject = q.subject();
            int slash = subject.indexOf('/');
            filters.add(Query.of(f -> f.bool(b -> {
                b.should(s -> s.term(t -> t.field("subjectId").value(subject)));
                if (slash > 0) {
                    b.should(s -> s.bool(both -> both.filter(
                                    t -> t.term(x -> x.field("subjectType").value(subject.substring(0, slash))))
                            .filter(t -> t.term(x -> x.field("subjectId").value(subject.substring(slash + 1))))));
                }
                return b.minimumShouldMatch("1");
            })));
        }
        return filters;
    }

    private static void term(List<Query> filters, String field, String value) {
        if (value != null) {
            filters.add(Query.of(f -> f.term(t -> t.field(field).value(value))));
        }
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an audit entry needs a " + what);
        }
    }
}
