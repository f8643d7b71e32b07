package org.piu.targeting.workbench.audit;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.elasticsearch.client.ResponseException;
import org.piu.targeting.repo.audit.AuditOutcome;

/**
 * The audit log's two Elasticsearch indices: the entries ({@code <name>}, one document per entry whose id is its
 * sequence number) and the chain head ({@code <name>-head}, one document). Entries are created, never updated: a
 * create of an id that exists fails, which is what lets several writers share one chain.
 */
final class AuditLogStore {

    /** The chain head as stored, with the version Elasticsearch gave it (for compare-and-swap). */
    record Head(long sequence, String hash, Long seqNo, Long primaryTerm) {
        static final Head EMPTY = new Head(0, AuditLogEntry.GENESIS, null, null);

        boolean stored() {
            return seqNo != null;
        }
    }

    /** The document of an entry; times as ISO-8601 text exactly as hashed. */
    record StoredEntry(
            long sequence,
            String time,
            String actor,
            String action,
            String subjectType,
            String subjectId,
            String outcome,
            Map<String, String> details,
            int count,
            String lastTime,
            String previousHash,
            String hash) {

        static StoredEntry of(AuditLogEntry e) {
            return new StoredEntry(
                    e.sequence(),
                    e.time().toString(),
                    e.actor(),
                    e.action(),
                    e.subjectType(),
                    e.subjectId(),
                    e.outcome().name(),
                    e.details(),
                    e.count(),
                    e.lastTime() == null ? null : e.lastTime().toString(),
                    e.previousHash(),
                    e.hash());
        }

        AuditLogEntry entry() {
            return new AuditLogEntry(
                    sequence,
                    Instant.parse(time),
                    actor,
                    action,
                    subjectType,
                    subjectId,
                    AuditOutcome.valueOf(outcome),
                    details,
                    count,
                    lastTime == null ? null : Instant.parse(lastTime),
                    previousHash,
                    hash);
        }
    }

    /** The head document. */
    record StoredHead(long sequence, String hash) {}

    static final String HEAD_ID = "head";
    private static final int PAGE = 1000;

    private final ElasticsearchClient client;
    private final String entries;
    private final String head;
    private volatile boolean ready;

    AuditLogStore(ElasticsearchClient client, String index) {
        this.client = client;
        this.entries = index;
        this.head = index + "-head";
    }

    String index() {
        return entries;
    }

    /** The head, read in real time (GET sees writes before any refresh). */
    Head head() {
        try {
            ensureIndices();
            var response = client.get(g -> g.index(head).id(HEAD_ID), StoredHead.class);
            if (!response.found() || response.source() == null) {
                return Head.EMPTY;
            }
            return new Head(
                    response.source().sequence(), response.source().hash(), response.seqNo(), response.primaryTerm());
        } catch (IOException e) {
            throw unreachable(e);
        }
    }

    /** The entry at {@code sequence}, read in real time. */
    Optional<AuditLogEntry> entry(long sequence) {
        try {
            ensureIndices();
            var response = client.get(g -> g.index(entries).id(Long.toString(sequence)), StoredEntry.class);
            return response.found() && response.source() != null
                    ? Optional.of(response.source().entry())
                    : Optional.empty();
        } catch (IOException e) {
            throw unreachable(e);
        }
    }

    /** Creates the entry at its sequence number; false when that position is taken already. */
    boolean create(AuditLogEntry entry) {
        try {
            ensureIndices();
            client.create(
                    c -> c.index(entries).id(Long.toString(entry.sequence())).document(StoredEntry.of(entry)));
            return true;
        } catch (ElasticsearchException | IOException e) {
            if (conflict(e)) {
                return false;
            }
            throw e instanceof IOException io ? unreachable(io) : (ElasticsearchException) e;
        }
    }

    /**
     * Moves the head from {@code expected} (as read) to {@code entry}: a create when there is none yet, else an
     * index with {@code if_seq_no}/{@code if_primary_term}. Empty when someone else moved it first.
     */
    Optional<Head> moveHead(Head expected, AuditLogEntry entry) {
        StoredHead next = new StoredHead(entry.sequence(), entry.hash());
        try {
            if (expected.stored()) {
                var r = client.index(i -> i.index(head)
                        .id(HEAD_ID)
                        .document(next)
                        .ifSeqNo(expected.seqNo())
                        .ifPrimaryTerm(expected.primaryTerm()));
                return Optional.of(new Head(entry.sequence(), entry.hash(), r.seqNo(), r.primaryTerm()));
            }
            var r = client.create(c -> c.index(head).id(HEAD_ID).document(next));
            return Optional.of(new Head(entry.sequence(), entry.hash(), r.seqNo(), r.primaryTerm()));
        } catch (ElasticsearchException | IOException e) {
            if (conflict(e)) {
                return Optional.empty();
            }
            throw e instanceof IOException io ? unreachable(io) : (ElasticsearchException) e;
        }
    }

    /** Makes every entry written so far visible to searches (searches see writes after a refresh only). */
    void refresh() {
        try {
            ensureIndices();
            client.indices().refresh(r -> r.index(entries));
        } catch (IOException e) {
            throw unreachable(e);
        }
    }

    /** Every entry in sequence order, page by page (search_after on the sequence number). */
    void scan(Consumer<AuditLogEntry> consumer) {
        search(List.of(), Long.MAX_VALUE, true, consumer);
    }

    /**
     * The entries matching every filter, at most {@code limit}: the oldest in sequence order ({@code oldestFirst}),
     * else the newest, newest first.
     */
    void search(List<Query> filters, long limit, boolean oldestFirst, Consumer<AuditLogEntry> consumer) {
        refresh();
        long seen = 0;
        Long after = null;
        try {
            while (seen < limit) {
                int size = (int) Math.min(PAGE, limit - seen);
                Long from = after;
                var response = client.search(
                        s -> {
                            s.index(entries)
                                    .size(size)
                                    .query(q -> q.bool(b -> b.filter(filters)))
                                    .sort(o -> o.field(f ->
                                            f.field("sequence").order(oldestFirst ? SortOrder.Asc : SortOrder.Desc)));
                            if (from != null) {
                                s.searchAfter(FieldValue.of(from));
                            }
                            return s;
                        },
                        StoredEntry.class);
                List<Hit<StoredEntry>> hits = response.hits().hits();
                for (Hit<StoredEntry> hit : hits) {
                    consumer.accept(hit.source().entry());
                    after = hit.source().sequence();
                }
                seen += hits.size();
                if (hits.size() < size) {
                    return;
                }
            }
        } catch (IOException e) {
            throw unreachable(e);
        }
    }

    /** How many entries match, without reading them. */
    long count(List<Query> filters) {
        try {
            refresh();
            return client.count(c -> c.index(entries).query(q -> q.bool(b -> b.filter(filters))))
                    .count();
        } catch (IOException e) {
            throw unreachable(e);
        }
    }

    /**
     * A version conflict: the position or the head was taken by another writer. The client reports it as an
     * Elasticsearch error or, depending on the call, as the low-level client's response exception.
     */
    private static boolean conflict(Exception e) {
        return status(e) == 409;
    }

    /** The HTTP status of a failed call, wherever in the causes the client put it; 0 when there is none. */
    private static int status(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ElasticsearchException es) {
                return es.status();
            }
            if (t instanceof ResponseException re) {
                return re.getResponse().getStatusLine().getStatusCode();
            }
        }
        return 0;
    }

    private void ensureIndices() throws IOException {
        if (ready) {
            return;
        }
        create(entries, entryMapping());
        create(head, TypeMapping.of(m -> m.dynamic(DynamicMapping.False)));
        // another writer may have created them a moment ago: wait until their shards can answer
        client.cluster()
                .health(h -> h.index(entries, head)
                        .waitForStatus(HealthStatus.Yellow)
                        .waitForNoInitializingShards(true));
        ready = true;
    }

    private void create(String index, TypeMapping mapping) throws IOException {
        if (client.indices().exists(e -> e.index(index)).value()) {
            return;
        }
        try {
            client.indices().create(c -> c.index(index).mappings(mapping));
        } catch (ElasticsearchException | IOException e) {
            if (status(e) != 400
                    || !client.indices().exists(x -> x.index(index)).value()) {
                throw e; // anything but "it exists already" (a writer on another node was first)
            }
        }
    }

    /** What the filters of the audit view search; details and hashes stay in _source only. */
    private static TypeMapping entryMapping() {
        Map<String, Property> fields = Map.ofEntries(
                Map.entry("sequence", Property.of(p -> p.long_(l -> l))),
                Map.entry("time", Property.of(p -> p.date(d -> d))),
                Map.entry("actor", Property.of(p -> p.keyword(k -> k))),
                Map.entry("action", Property.of(p -> p.keyword(k -> k))),
                Map.entry("subjectType", Property.of(p -> p.keyword(k -> k))),
                Map.entry("subjectId", Property.of(p -> p.keyword(k -> k))),
                Map.entry("outcome", Property.of(p -> p.keyword(k -> k))),
                Map.entry("count", Property.of(p -> p.integer(i -> i))),
                Map.entry("lastTime", Property.of(p -> p.date(d -> d))),
                Map.entry("details", Property.of(p -> p.object(o -> o.enabled(false)))),
                Map.entry("previousHash", Property.of(p -> p.keyword(k -> k.index(false)))),
                Map.entry("hash", Property.of(p -> p.keyword(k -> k.index(false)))));
        return TypeMapping.of(m -> m.dynamic(DynamicMapping.False).properties(fields));
    }

    private static UncheckedIOException unreachable(IOException e) {
        return new UncheckedIOException("the audit log is unreachable: " + e.getMessage(), e);
    }
}
