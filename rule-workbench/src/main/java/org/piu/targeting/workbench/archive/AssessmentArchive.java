package org.piu.targeting.workbench.archive;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.ObjectBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.piu.targeting.workbench.base.config.PiuProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Assessed flights in Elasticsearch, one index per month ({@code piu-assessments-2026.11}): retention then deletes
 * whole months, and masking rewrites only what is due. Manifests and assessments are stored but not indexed; the
 * summary fields are.
 */
@Component
public class AssessmentArchive {

    static final String PREFIX = "piu-assessments-";
    static final String ALL = PREFIX + "*";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy.MM");
    private static final Logger log = LoggerFactory.getLogger(AssessmentArchive.class);

    private final ElasticsearchClient client;
    private final Set<String> knownIndices = ConcurrentHashMap.newKeySet();
    /*
     * Search sees a write only after the next refresh (up to a second), but a pipeline resends at once and sends the
     * PNRGOV of a flight right after its PAXLST. So the archive remembers where it put the last flights (index and
     * id, a few bytes each) and reads them back with a real-time GET, which sees writes before any refresh; a
     * forced refresh would cost every assessment up to a second, and keeping the documents in memory would cost
     * megabytes per 500-passenger flight.
     */
    private record Location(String index, String id, Instant receivedAt) {}

    private final Map<String, Location> recentByHash = lru(20_000);
    private final Map<String, Location> recentByFlight = lru(20_000);
    private final RecentFlights recentFlights;

    /**
     * Keeps {@code piu.archive.recent-weight} passengers plus watchlist matches of the latest flight states in memory
     * (see {@link RecentFlights}); about 10 KB of heap each with many matches, 1–2 KB typically.
     */
    public AssessmentArchive(ElasticsearchClient client, PiuProperties properties) {
        this.client = client;
        this.recentFlights = new RecentFlights(properties.archive().recentWeight());
    }

    public void store(ArchivedFlight flight) {
        String index = indexFor(flight.receivedAt());
        try {
            ensureIndex(index);
            client.index(i -> i.index(index).id(flight.id()).document(flight));
            remember(index, flight);
            recentFlights.put(flight);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot archive flight " + flight.flightKey() + ": " + e.getMessage(), e);
        }
    }

    /** The earlier result of exactly this content, if it was assessed before. */
    public Optional<ArchivedFlight> byContentHash(String hash) {
        return find(
                recentFlights.byContentHash(hash),
                recentByHash,
                hash,
                s -> s.index(ALL)
                        .ignoreUnavailable(true)
                        .allowNoIndices(true)
                        .size(1)
                        .query(q -> q.ids(ids -> ids.values(hash))));
    }

    /** The most recent assessment of a flight, whose manifest later API or PNR data of the flight is merged into. */
    public Optional<ArchivedFlight> latestOf(String flightKey) {
        return find(
                recentFlights.latestOf(flightKey),
                recentByFlight,
                flightKey,
                s -> s.index(ALL)
                        .ignoreUnavailable(true)
                        .allowNoIndices(true)
                        .size(1)
                        .query(q -> q.term(t -> t.field("flightKey").value(flightKey)))
                        .sort(o -> o.field(f -> f.field("receivedAt").order(SortOrder.Desc))));
    }

    /**
     * The state kept in memory, else the document at its remembered location (real-time GET), else the first hit of
     * a search (older flights, or after a restart).
     */
    private Optional<ArchivedFlight> find(
            Optional<ArchivedFlight> kept,
            Map<String, Location> locations,
            String key,
            Function<SearchRequest.Builder, ObjectBuilder<SearchRequest>> search) {
        if (kept.isPresent()) {
            return kept;
        }
        Optional<Location> recent = recent(locations, key);
        return recent.isPresent() ? read(recent.get()) : first(search(search));
    }

    public List<ArchivedFlight> recent(int count) {
        return search(s -> s.index(ALL)
                        .ignoreUnavailable(true)
                        .allowNoIndices(true)
                        .size(count)
                        .sort(o -> o.field(f -> f.field("receivedAt").order(SortOrder.Desc))))
                .hits()
                .hits()
                .stream()
                .map(Hit::source)
                .toList();
    }

    /** Depersonalises flights received before {@code before}; returns how many were masked. */
    public int maskReceivedBefore(Instant before, int batchSize) {
        // the in-memory copies are full data too: they go before the stored ones are masked
        recentFlights.forgetReceivedBefore(before);
        synchronized (recentByHash) {
            recentByHash.values().removeIf(f -> f.receivedAt().isBefore(before));
        }
        synchronized (recentByFlight) {
            recentByFlight.values().removeIf(f -> f.receivedAt().isBefore(before));
        }
        int masked = 0;
        while (true) {
            var due = search(s -> s.index(ALL)
                            .ignoreUnavailable(true)
                            .allowNoIndices(true)
                            .size(batchSize)
                            .query(q -> q.bool(b -> b.filter(f -> f.range(r ->
                                            r.date(d -> d.field("receivedAt").lt(before.toString()))))
                                    .filter(f -> f.term(t -> t.field("masked").value(false))))))
                    .hits()
                    .hits();
            if (due.isEmpty()) {
                return masked;
            }
            try {
                var response = client.bulk(b -> {
                    due.forEach(hit -> b.operations(op -> op.index(i -> i.index(hit.index())
                            .id(hit.id())
                            .document(hit.source().depersonalised()))));
                    return b.refresh(Refresh.True);
                });
                if (response.errors()) {
                    throw new IllegalStateException("masking failed for some archived flights: "
                            + response.items().stream()
                                    .filter(i -> i.error() != null)
                                    .map(i -> i.id() + ": " + i.error().reason())
                                    .findFirst()
                                    .orElse("?"));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            masked += due.size();
        }
    }

    /** Deletes the monthly indices entirely older than {@code before}; returns their names. */
    public List<String> deleteMonthsBefore(Instant before) {
        YearMonth limit = YearMonth.from(before.atOffset(ZoneOffset.UTC));
        try {
            var indices = client.indices()
                    .get(g -> g.index(ALL).ignoreUnavailable(true).allowNoIndices(true))
                    .result()
                    .keySet();
            List<String> expired = indices.stream()
                    .filter(name -> YearMonth.parse(name.substring(PREFIX.length()), MONTH)
                            .isBefore(limit))
                    .sorted()
                    .toList();
            recentFlights.forgetReceivedBefore(
                    limit.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant());
            for (String index : expired) {
                client.indices().delete(d -> d.index(index));
                knownIndices.remove(index);
                log.info("retention: deleted archive index {}", index);
            }
            return expired;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void remember(String index, ArchivedFlight flight) {
        Location location = new Location(index, flight.id(), flight.receivedAt());
        synchronized (recentByHash) {
            recentByHash.put(flight.id(), location);
        }
        synchronized (recentByFlight) {
            recentByFlight.merge(
                    flight.flightKey(),
                    location,
                    (old, now) -> now.receivedAt().isBefore(old.receivedAt()) ? old : now);
        }
    }

    private static Optional<Location> recent(Map<String, Location> recent, String key) {
        synchronized (recent) {
            return Optional.ofNullable(recent.get(key));
        }
    }

    /** Real-time GET: sees the document even before the index is refreshed. */
    private Optional<ArchivedFlight> read(Location location) {
        try {
            var response = client.get(g -> g.index(location.index()).id(location.id()), ArchivedFlight.class);
            return response.found() ? Optional.ofNullable(response.source()) : Optional.empty();
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return Optional.empty(); // its month was deleted by retention
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("the archive is unreachable: " + e.getMessage(), e);
        }
    }

    private static <V> Map<String, V> lru(int capacity) {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > capacity;
            }
        };
    }

    static String indexFor(Instant receivedAt) {
        return PREFIX + MONTH.format(receivedAt.atOffset(ZoneOffset.UTC));
    }

    private void ensureIndex(String index) throws IOException {
        if (knownIndices.contains(index)) {
            return;
        }
        if (!client.indices().exists(e -> e.index(index)).value()) {
            try {
                client.indices().create(c -> c.index(index).mappings(mapping()));
            } catch (ElasticsearchException e) {
                if (!"resource_already_exists_exception".equals(e.error().type())) {
                    throw e;
                }
            }
        }
        knownIndices.add(index);
    }

    /** Only the summary is indexed; the documents are kept verbatim in _source. */
    private static TypeMapping mapping() {
        Map<String, Property> fields = Map.ofEntries(
                Map.entry("flightKey", Property.of(p -> p.keyword(k -> k))),
                Map.entry("source", Property.of(p -> p.keyword(k -> k))),
                Map.entry("receivedAt", Property.of(p -> p.date(d -> d))),
                Map.entry("releaseId", Property.of(p -> p.keyword(k -> k))),
                Map.entry("releaseHash", Property.of(p -> p.keyword(k -> k))),
                Map.entry("screening", Property.of(p -> p.keyword(k -> k))),
                Map.entry("passengers", Property.of(p -> p.integer(i -> i))),
                Map.entry("passengersWithHits", Property.of(p -> p.integer(i -> i))),
                Map.entry("ruleHits", Property.of(p -> p.integer(i -> i))),
                Map.entry("watchlistHits", Property.of(p -> p.integer(i -> i))),
                Map.entry("maxRiskScore", Property.of(p -> p.integer(i -> i))),
                Map.entry("hitRuleIds", Property.of(p -> p.keyword(k -> k))),
                Map.entry("masked", Property.of(p -> p.boolean_(b -> b))),
                Map.entry("manifest", Property.of(p -> p.object(o -> o.enabled(false)))),
                Map.entry("assessment", Property.of(p -> p.object(o -> o.enabled(false)))),
                Map.entry("screeningMatches", Property.of(p -> p.object(o -> o.enabled(false)))),
                Map.entry("screeningState", Property.of(p -> p.keyword(k -> k.index(false)))),
                Map.entry("factDigests", Property.of(p -> p.object(o -> o.enabled(false)))),
                Map.entry("runawayMatches", Property.of(p -> p.object(o -> o.enabled(false)))));
        // nothing else becomes searchable: matched names and explanations stay in _source only
        return TypeMapping.of(m -> m.dynamic(DynamicMapping.False).properties(fields));
    }

    private SearchResponse<ArchivedFlight> search(
            Function<SearchRequest.Builder, ObjectBuilder<SearchRequest>> request) {
        try {
            return client.search(request, ArchivedFlight.class);
        } catch (IOException e) {
            throw new UncheckedIOException("the archive is unreachable: " + e.getMessage(), e);
        }
    }

    private static Optional<ArchivedFlight> first(SearchResponse<ArchivedFlight> response) {
        return response.hits().hits().stream().findFirst().map(Hit::source);
    }
}
