package org.piu.targeting.workbench.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.piu.targeting.engine.rule.RuleDocuments;
import org.piu.targeting.matching.elasticsearch.ElasticsearchConnector;
import org.piu.targeting.matching.elasticsearch.TestElasticsearch;
import org.piu.targeting.repo.audit.AuditOutcome;
import org.piu.targeting.repo.integrity.ChainAnchor;
import org.piu.targeting.workbench.audit.AuditLogVerification.Kind;
import org.piu.targeting.workbench.audit.AuditLogVerification.Problem;

/** The audit log against a real Elasticsearch node: the chain, its verification, several writers, coalescing. */
class AuditLogTest {

    private static final ElasticsearchClient CLIENT = ElasticsearchConnector.connect(
            List.of(TestElasticsearch.uri()), null, null, RuleDocuments.manifestMapper());
    private static final AtomicInteger INDICES = new AtomicInteger();
    private static final Duration WINDOW = Duration.ofSeconds(10);

    /** A clock the test moves. */
    static final class TestClock extends Clock {
        private volatile Instant now = Instant.parse("2026-11-22T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** One entry of each kind the foundation writes. */
    enum EntryKind {
        SIGN_IN,
        FAILED_SIGN_IN,
        REFUSED_CALL,
        CONSULTATION,
        EXPORT
    }

    private final TestClock clock = new TestClock();
    private String index;
    private AuditLog auditLog;

    @BeforeEach
    void freshLog() {
        index = "piu-audit-log-test-" + INDICES.incrementAndGet() + "-" + System.nanoTime();
        auditLog = newWriter();
    }

    private AuditLog newWriter() {
        return new AuditLog(new AuditLogStore(CLIENT, index), clock, WINDOW);
    }

    /** Writes one entry of each kind, with others around them; returns the sequence number of each kind. */
    private Map<EntryKind, Long> oneOfEachKind() {
        auditLog.record("system", "start", null, null, AuditOutcome.SUCCESS, Map.of());
        long signIn = auditLog.record(
                        "officer", "sign-in", null, null, AuditOutcome.SUCCESS, Map.of("channel", "workbench"))
                .sequence();
        auditLog.recordRepeatable(
                "mallory",
                "sign-in",
                null,
                null,
                AuditOutcome.REFUSED,
                Map.of("reason", "wrong user name or password"));
        long failed = 3;
        auditLog.recordRepeatable(
                "author", "call", "endpoint", "POST /api/v1/releases", AuditOutcome.REFUSED, Map.of("reason", "role"));
        long refused = 4;
        long consultation = auditLog.recordConsultation("officer", "9U172-2026-11-22", "P1", "review item 7")
                .sequence();
        long export = auditLog.record(
                        "compliance", "export", "audit-trail", "", AuditOutcome.SUCCESS, Map.of("format", "csv"))
                .sequence();
        auditLog.record("system", "stop", null, null, AuditOutcome.SUCCESS, Map.of());
        return Map.of(
                EntryKind.SIGN_IN, signIn,
                EntryKind.FAILED_SIGN_IN, failed,
                EntryKind.REFUSED_CALL, refused,
                EntryKind.CONSULTATION, consultation,
                EntryKind.EXPORT, export);
    }

    @Test
    void an_untouched_chain_verifies_and_links_every_entry_to_the_one_before() {
        oneOfEachKind();
        AuditLogVerification report = auditLog.verify(List.of());
        assertThat(report.problems()).isEmpty();
        assertThat(report.intact()).isTrue();
        assertThat(report.entriesChecked()).isEqualTo(7);
        assertThat(report.headSequence()).isEqualTo(7);

        List<AuditLogEntry> entries = all();
        assertThat(entries).extracting(AuditLogEntry::sequence).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(entries.getFirst().previousHash()).isEqualTo(AuditLogEntry.GENESIS);
        for (int i = 1; i < entries.size(); i++) {
            assertThat(entries.get(i).previousHash())
                    .isEqualTo(entries.get(i - 1).hash());
            assertThat(entries.get(i).hashMatches()).isTrue();
        }
        assertThat(entries.get(4).subjectId()).isEqualTo("9U172-2026-11-22/P1");
    }

    @ParameterizedTest
    @EnumSource(EntryKind.class)
    void a_deleted_entry_of_each_kind_is_reported_with_its_sequence_number(EntryKind kind) throws IOException {
        long seq = oneOfEachKind().get(kind);
        CLIENT.delete(d -> d.index(index).id(Long.toString(seq)));

        AuditLogVerification report = newWriter().verify(List.of());
        assertThat(report.intact()).isFalse();
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.DELETED);
            assertThat(p.sequence()).isEqualTo(seq);
            assertThat(p.message()).contains("entry " + seq + " is missing");
        });
    }

    @ParameterizedTest
    @EnumSource(EntryKind.class)
    void an_altered_entry_of_each_kind_is_reported_with_its_sequence_number(EntryKind kind) throws IOException {
        long seq = oneOfEachKind().get(kind);
        AuditLogStore.StoredEntry stored = stored(seq);
        rewrite(withActor(stored, "someone-else", stored.hash()));

        AuditLogVerification report = newWriter().verify(List.of());
        assertThat(report.intact()).isFalse();
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.ALTERED);
            assertThat(p.sequence()).isEqualTo(seq);
            assertThat(p.message()).contains("entry " + seq + " was altered");
        });
    }

    @ParameterizedTest
    @EnumSource(EntryKind.class)
    void an_entry_of_each_kind_replaced_with_a_fresh_hash_is_reported_by_the_next_entry(EntryKind kind)
            throws IOException {
        long seq = oneOfEachKind().get(kind);
        AuditLogStore.StoredEntry stored = stored(seq);
        AuditLogEntry forged = withActor(stored, "someone-else", "").entry();
        AuditLogEntry rehashed = forged.chainedAt(forged.sequence(), forged.previousHash());
        rewrite(AuditLogStore.StoredEntry.of(rehashed));

        AuditLogVerification report = newWriter().verify(List.of());
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.ALTERED);
            assertThat(p.sequence()).isEqualTo(seq);
            assertThat(p.message()).contains("entry " + seq + " was altered or replaced");
        });
    }

    @Test
    void deleting_the_newest_entries_is_reported_from_the_chain_head() throws IOException {
        oneOfEachKind();
        CLIENT.delete(d -> d.index(index).id("7"));
        CLIENT.delete(d -> d.index(index).id("6"));

        assertThat(newWriter().verify(List.of()).problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.DELETED);
            assertThat(p.sequence()).isEqualTo(6);
            assertThat(p.message()).contains("entries 6 to 7 are missing");
        });
    }

    @Test
    void rewriting_the_log_and_its_head_is_caught_by_the_anchors_kept_in_the_rules_repository() throws IOException {
        oneOfEachKind();
        List<ChainAnchor> anchors = List.of(anchor(5), anchor(7));
        assertThat(auditLog.verify(anchors).problems()).isEmpty();

        // the newest two entries deleted and the head moved back to entry 5: consistent in Elasticsearch alone
        CLIENT.delete(d -> d.index(index).id("7"));
        CLIENT.delete(d -> d.index(index).id("6"));
        CLIENT.index(i -> i.index(index + "-head")
                .id(AuditLogStore.HEAD_ID)
                .document(new AuditLogStore.StoredHead(5, stored(5).hash())));
        assertThat(newWriter().verify(List.of()).intact()).isTrue();
        List<Problem> problems = newWriter().verify(anchors).problems();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.DELETED);
            assertThat(p.sequence()).isEqualTo(6);
            assertThat(p.message()).contains("anchor log, line 2");
        });

        // entry 5 rewritten with a fresh hash (and the head with it): only its anchor knows
        AuditLogEntry forged = withActor(stored(5), "nobody", "").entry();
        AuditLogEntry rehashed = forged.chainedAt(5, forged.previousHash());
        rewrite(AuditLogStore.StoredEntry.of(rehashed));
        CLIENT.index(i -> i.index(index + "-head")
                .id(AuditLogStore.HEAD_ID)
                .document(new AuditLogStore.StoredHead(5, rehashed.hash())));
        assertThat(newWriter().verify(anchors).problems()).anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo(Kind.ALTERED);
            assertThat(p.sequence()).isEqualTo(5);
            assertThat(p.message()).contains("hash anchored for it");
        });
    }

    @Test
    void writers_on_several_nodes_never_fork_the_chain() throws Exception {
        List<AuditLog> nodes = List.of(newWriter(), newWriter(), newWriter());
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<?>> done = new ArrayList<>();
        int perThread = 40;
        for (int t = 0; t < 6; t++) {
            AuditLog node = nodes.get(t % nodes.size());
            String actor = "writer-" + t;
            done.add(pool.submit(() -> {
                for (int i = 0; i < perThread; i++) {
                    node.record(actor, "test", "counter", Integer.toString(i), AuditOutcome.SUCCESS, Map.of());
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();

        AuditLogVerification report = newWriter().verify(List.of());
        assertThat(report.problems()).isEmpty();
        assertThat(report.entriesChecked()).isEqualTo(6L * perThread);
        assertThat(report.headSequence()).isEqualTo(6L * perThread);
        assertThat(all())
                .extracting(AuditLogEntry::actor)
                .filteredOn("writer-3"::equals)
                .hasSize(perThread);
    }

    @Test
    void a_writer_that_died_between_its_entry_and_the_head_does_not_stop_the_others() {
        auditLog.record("system", "one", null, null, AuditOutcome.SUCCESS, Map.of());
        AuditLogEntry first = all().getFirst();
        // the entry of a writer that stopped before it moved the head
        AuditLogStore store = new AuditLogStore(CLIENT, index);
        assertThat(store.create(AuditLogEntry.unchained(
                                clock.instant(), "crashed", "two", "", "", AuditOutcome.SUCCESS, Map.of(), 1, null)
                        .chainedAt(2, first.hash())))
                .isTrue();

        AuditLogEntry third = newWriter().record("system", "three", null, null, AuditOutcome.SUCCESS, Map.of());
        assertThat(third.sequence()).isEqualTo(3);
        assertThat(newWriter().verify(List.of()).problems()).isEmpty();
    }

    @Test
    void repeats_within_the_window_are_counted_in_one_entry() {
        for (int i = 0; i < 150; i++) {
            auditLog.recordRepeatable(
                    "author", "call", "endpoint", "POST /api/v1/releases", AuditOutcome.REFUSED, Map.of("n", "" + i));
            clock.advance(Duration.ofMillis(10));
        }
        auditLog.recordRepeatable("author", "call", "endpoint", "DELETE /api/v1/x", AuditOutcome.REFUSED, Map.of());
        assertThat(all()).hasSize(2); // the first of each, at once

        auditLog.flushRepeats();
        assertThat(all()).hasSize(2); // the window is still open

        clock.advance(WINDOW);
        auditLog.flushRepeats();
        List<AuditLogEntry> entries = all();
        assertThat(entries).hasSize(3);
        AuditLogEntry repeats = entries.getLast();
        assertThat(repeats.count()).isEqualTo(149);
        assertThat(repeats.subjectId()).isEqualTo("POST /api/v1/releases");
        assertThat(repeats.time()).isEqualTo(Instant.parse("2026-11-22T10:00:00.010Z"));
        assertThat(repeats.lastTime()).isEqualTo(Instant.parse("2026-11-22T10:00:01.490Z"));
        assertThat(entries.stream().mapToInt(AuditLogEntry::count).sum()).isEqualTo(151);

        // after the window, the next occurrence is written at once again
        auditLog.recordRepeatable(
                "author", "call", "endpoint", "POST /api/v1/releases", AuditOutcome.REFUSED, Map.of());
        assertThat(all()).hasSize(4);
        assertThat(auditLog.verify(List.of()).problems()).isEmpty();
    }

    @Test
    void consultations_are_listed_by_period_and_user() {
        auditLog.recordConsultation("officer", "9U172-2026-11-22", "P1", "review item 1");
        clock.advance(Duration.ofDays(1));
        auditLog.recordConsultation("officer2", "9U172-2026-11-22", "P2", "review item 2");
        auditLog.record("officer", "sign-in", null, null, AuditOutcome.SUCCESS, Map.of());
        clock.advance(Duration.ofDays(1));
        auditLog.recordConsultation("officer", "TK401-2026-11-24", "P9", "assessment view");

        Instant start = Instant.parse("2026-11-22T00:00:00Z");
        Instant end = Instant.parse("2026-11-25T00:00:00Z");
        assertThat(auditLog.consultations(start, end, null))
                .extracting(Consultation::user, Consultation::passengerId, Consultation::purpose)
                .containsExactly(
                        tuple("officer", "P1", "review item 1"),
                        tuple("officer2", "P2", "review item 2"),
                        tuple("officer", "P9", "assessment view"));
        assertThat(auditLog.consultations(start, end, "officer"))
                .extracting(Consultation::flightKey)
                .containsExactly("9U172-2026-11-22", "TK401-2026-11-24");
        assertThat(auditLog.consultations(Instant.parse("2026-11-23T00:00:00Z"), end, "officer"))
                .extracting(Consultation::passengerId)
                .containsExactly("P9");
    }

    @Test
    void entries_are_found_by_user_action_subject_and_outcome_and_the_limit_keeps_the_newest() {
        oneOfEachKind();
        Instant start = Instant.parse("2026-11-01T00:00:00Z");
        Instant end = Instant.parse("2026-12-01T00:00:00Z");
        assertThat(auditLog.entries(new AuditQuery(start, end, "officer", null, null, null, null, 100)))
                .extracting(AuditLogEntry::action)
                .containsExactly("sign-in", "consultation");
        assertThat(auditLog.entries(new AuditQuery(start, end, null, "sign-in", null, null, AuditOutcome.REFUSED, 100)))
                .extracting(AuditLogEntry::actor)
                .containsExactly("mallory");
        assertThat(auditLog.entries(
                        new AuditQuery(start, end, null, null, null, "passenger/9U172-2026-11-22/P1", null, 100)))
                .extracting(AuditLogEntry::action)
                .containsExactly("consultation");
        assertThat(auditLog.entries(new AuditQuery(start, end, null, null, null, "POST /api/v1/releases", null, 100)))
                .extracting(AuditLogEntry::actor)
                .containsExactly("author");
        assertThat(auditLog.entries(AuditQuery.period(start, end, 2)))
                .extracting(AuditLogEntry::sequence)
                .containsExactly(6L, 7L);
        assertThat(auditLog.entries(AuditQuery.period(end, end.plusSeconds(60), 10)))
                .isEmpty();
    }

    private List<AuditLogEntry> all() {
        List<AuditLogEntry> out = new ArrayList<>();
        new AuditLogStore(CLIENT, index).scan(out::add);
        return out;
    }

    private AuditLogStore.StoredEntry stored(long seq) {
        try {
            return CLIENT.get(g -> g.index(index).id(Long.toString(seq)), AuditLogStore.StoredEntry.class)
                    .source();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void rewrite(AuditLogStore.StoredEntry entry) throws IOException {
        CLIENT.index(i -> i.index(index).id(Long.toString(entry.sequence())).document(entry));
    }

    private ChainAnchor anchor(long seq) {
        return new ChainAnchor(AuditLog.CHAIN, seq, stored(seq).hash(), clock.instant(), seq == 5 ? 1 : 2);
    }

    private static AuditLogStore.StoredEntry withActor(AuditLogStore.StoredEntry e, String actor, String hash) {
        return new AuditLogStore.StoredEntry(
                e.sequence(),
                e.time(),
                actor,
                e.action(),
                e.subjectType(),
                e.subjectId(),
                e.outcome(),
                e.details(),
                e.count(),
                e.lastTime(),
                e.previousHash(),
                hash);
    }
}
