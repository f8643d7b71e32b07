package org.piu.targeting.matching.screening;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.piu.targeting.matching.document.DocumentNumber;
import org.piu.targeting.matching.elasticsearch.ElasticsearchFailure;
import org.piu.targeting.matching.normalize.GivenNameEquivalences;
import org.piu.targeting.matching.normalize.NameRendering;
import org.piu.targeting.matching.normalize.NormalizedName;
import org.piu.targeting.matching.retrieval.RetrievalKeys;
import org.piu.targeting.matching.score.MatchScorer;
import org.piu.targeting.matching.score.ScoredMatch;
import org.piu.targeting.matching.watchlist.PersonQuery;
import org.piu.targeting.matching.watchlist.Watchlist;
import org.piu.targeting.matching.watchlist.WatchlistEntry;
import org.piu.targeting.matching.watchlist.store.EntryDocument;
import org.piu.targeting.matching.watchlist.store.WatchlistNotFoundException;
import org.piu.targeting.matching.watchlist.store.WatchlistStore;
import org.piu.targeting.model.MatchDecision;
import org.piu.targeting.model.ScreeningStatus;

/**
 * Screens persons (usually a flight's passengers) against watchlists: one Elasticsearch {@code msearch} per batch
 * retrieves candidates by keyword keys (and fuzzy terms), then {@link MatchScorer} scores them in Java. Matches at
 * or above a list's review threshold are returned, ALERT at or above its alert threshold.
 *
 * <p>Failure semantics: if Elasticsearch is unreachable, times out or fails a search, the result is DEGRADED with
 * a reason, never an empty result that looks complete. Nothing is remembered between calls, so screening recovers
 * by itself as soon as Elasticsearch answers again. Thread-safe.
 */
public final class WatchlistScreener {

    private static final List<String> SOURCE_FIELDS =
            List.of("entryId", "names", "datesOfBirth", "gender", "nationalities", "documents");
    private static final Map<String, Float> FIELD_BOOST =
            Map.of("tok", 3f, "key", 3f, "dm", 1f, "skel", 1f, "del", 1f, "eq", 2f);

    /** Own threads for the blocking msearch call, so that a busy common pool (scoring) can never delay it into a timeout. */
    private static final java.util.concurrent.ExecutorService SEARCH_THREADS =
            java.util.concurrent.Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "piu-screening-search");
                t.setDaemon(true);
                return t;
            });

    private final ElasticsearchClient client;
    private final MatchScorer scorer;
    private final ScreeningOptions options;
    private final RetrievalKeys keys = new RetrievalKeys(GivenNameEquivalences.builtIn());

    public WatchlistScreener(ElasticsearchClient client) {
        this(client, new MatchScorer(), ScreeningOptions.defaults());
    }

    public WatchlistScreener(ElasticsearchClient client, MatchScorer scorer, ScreeningOptions options) {
        this.client = client;
        this.scorer = scorer;
        this.options = options;
    }

    /**
     * Screens every person against every named list.
     *
     * @throws WatchlistNotFoundException when a list does not exist (a caller error, not a degradation)
     */
    public ScreeningResult screen(List<String> lists, List<PersonQuery> persons) {
        if (persons.isEmpty()) {
            return new ScreeningResult(ScreeningStatus.COMPLETE, "", List.of());
        }
        Map<String, Watchlist> meta;
        try {
            meta = loadLists(lists);
        } catch (IOException | RuntimeException e) {
            if (e instanceof WatchlistNotFoundException w) {
                throw w;
            }
            return degraded(persons, "watchlists could not be read: Elasticsearch " + ElasticsearchFailure.describe(e));
        }
        return screen(meta, persons);
    }

    /** Screens every person against the given lists, whose metadata the caller has already read. */
    public ScreeningResult screenAgainst(List<Watchlist> lists, List<PersonQuery> persons) {
        if (persons.isEmpty()) {
            return new ScreeningResult(ScreeningStatus.COMPLETE, "", List.of());
        }
        Map<String, Watchlist> meta = new LinkedHashMap<>();
        lists.forEach(w -> meta.put(w.name(), w));
        return screen(meta, persons);
    }

    private ScreeningResult screen(Map<String, Watchlist> meta, List<PersonQuery> persons) {
        List<Prepared> prepared = persons.parallelStream().map(this::prepare).toList();
        List<RequestItem> searches = new ArrayList<>();
        List<int[]> owners = new ArrayList<>(); // {person index, list index}
        List<String> listNames = new ArrayList<>(meta.keySet());
        for (int p = 0; p < prepared.size(); p++) {
            Query q = prepared.get(p).query;
            if (q == null) {
                continue;
            }
            for (int l = 0; l < listNames.size(); l++) {
                String alias = WatchlistStore.alias(listNames.get(l));
                searches.add(RequestItem.of(r -> r.header(h -> h.index(alias).ignoreUnavailable(false))
                        .body(b -> b.query(q)
                                .size(options.candidates())
                                .trackTotalHits(t -> t.enabled(false))
                                .source(s -> s.filter(f -> f.includes(SOURCE_FIELDS))))));
                owners.add(new int[] {p, l});
            }
        }
        List<List<WatchlistMatch>> matches = new ArrayList<>();
        for (int i = 0; i < prepared.size(); i++) {
            matches.add(new ArrayList<>());
        }
        for (int from = 0; from < searches.size(); from += options.batchSize()) {
            List<RequestItem> batch = searches.subList(from, Math.min(searches.size(), from + options.batchSize()));
            MsearchResponse<Map> response;
            try {
                response = msearch(batch);
            } catch (IOException | RuntimeException e) {
                return degraded(
                        persons, "screening searches failed: Elasticsearch " + ElasticsearchFailure.describe(e));
            }
            List<MultiSearchResponseItem<Map>> items = response.responses();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).isFailure()) {
                    int[] o = owners.get(from + i);
                    return degraded(
                            persons,
                            "search of watchlist '" + listNames.get(o[1]) + "' failed: "
                                    + items.get(i).failure().error().reason());
                }
            }
            final int offset = from;
            // score in parallel: the Java side is the larger share of the work per passenger
            List<Integer> idx = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                idx.add(i);
            }
            List<List<WatchlistMatch>> scored = idx.parallelStream()
                    .map(i -> {
                        int[] o = owners.get(offset + i);
                        Watchlist list = meta.get(listNames.get(o[1]));
                        return score(
                                prepared.get(o[0]),
                                list,
                                items.get(i).result().hits().hits());
                    })
                    .toList();
            for (int i = 0; i < scored.size(); i++) {
                matches.get(owners.get(offset + i)[0]).addAll(scored.get(i));
            }
        }
        List<PersonScreening> results = new ArrayList<>();
        for (int p = 0; p < prepared.size(); p++) {
            List<WatchlistMatch> m = matches.get(p);
            m.sort(Comparator.comparingDouble(WatchlistMatch::score).reversed());
            results.add(new PersonScreening(persons.get(p).id(), m));
        }
        return new ScreeningResult(ScreeningStatus.COMPLETE, "", results);
    }

    @SuppressWarnings("rawtypes")
    private MsearchResponse<Map> msearch(List<RequestItem> batch) throws IOException {
        CompletableFuture<MsearchResponse<Map>> f = CompletableFuture.supplyAsync(
                () -> {
                    try {
                        return client.msearch(m -> m.searches(batch), Map.class);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                },
                SEARCH_THREADS);
        try {
            return f.get(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new IOException("timed out after " + options.timeout().toMillis() + " ms", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause() instanceof java.io.UncheckedIOException u ? u.getCause() : e.getCause();
            if (c instanceof IOException io) {
                throw io;
            }
            if (c instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException(c);
        }
    }

    private List<WatchlistMatch> score(Prepared p, Watchlist list, @SuppressWarnings("rawtypes") List<Hit<Map>> hits) {
        List<WatchlistMatch> out = new ArrayList<>();
        for (@SuppressWarnings("rawtypes") Hit<Map> h : hits) {
            @SuppressWarnings("unchecked")
            WatchlistEntry entry = EntryDocument.toEntry(h.source());
            Optional<ScoredMatch> document = scorer.scoreDocument(p.person, entry, list.reviewThreshold());
            if (document.isPresent()) {
                ScoredMatch s = document.get();
                out.add(new WatchlistMatch(
                        list.name(),
                        entry.entryId(),
                        s.score(),
                        decision(list, s),
                        s.matchedName(),
                        s.explanation(),
                        WatchlistMatch.Type.DOCUMENT));
                continue;
            }
            if (!p.person.hasName() || entry.names().isEmpty()) {
                continue;
            }
            ScoredMatch s = scorer.score(p.person, p.name, entry, list.reviewThreshold());
            if (s.score() < list.reviewThreshold()) {
                continue;
            }
            out.add(new WatchlistMatch(
                    list.name(),
                    entry.entryId(),
                    round(s.score()),
                    decision(list, s),
                    s.matchedName(),
                    s.explanation(),
                    WatchlistMatch.Type.NAME));
        }
        return out;
    }

    private static MatchDecision decision(Watchlist list, ScoredMatch s) {
        return s.score() >= list.alertThreshold() ? MatchDecision.ALERT : MatchDecision.REVIEW;
    }

    private record Prepared(PersonQuery person, NormalizedName name, Query query) {}

    private Prepared prepare(PersonQuery person) {
        NormalizedName name = person.hasName() ? scorer.normalizeQuery(person) : null;
        List<Query> should = new ArrayList<>();
        if (name != null && !name.isEmpty()) {
            // query-side keys from the two most likely renderings; the index holds all renderings of list names
            List<NameRendering> renderings =
                    name.renderings().subList(0, Math.min(3, name.renderings().size()));
            Map<String, Set<String>> k =
                    keys.forNames(List.of(new NormalizedName(name.original(), renderings.subList(0, 1))));
            if (renderings.size() > 1) {
                // other renderings add their spellings, but not their deletion neighbourhoods (the costliest terms)
                Map<String, Set<String>> more = keys.forNames(
                        List.of(new NormalizedName(name.original(), renderings.subList(1, renderings.size()))));
                more.forEach((field, values) -> {
                    if (!field.equals("del")) {
                        k.get(field).addAll(values);
                    }
                });
            }
            for (Map.Entry<String, Set<String>> e : k.entrySet()) {
                float boost = FIELD_BOOST.getOrDefault(e.getKey(), 1f);
                for (String v : e.getValue()) {
                    should.add(Query.of(q -> q.term(
                            t -> t.field(e.getKey()).value(FieldValue.of(v)).boost(boost))));
                }
            }
            if (options.fuzzy()) {
                renderings.getFirst().tokens().stream()
                        .map(t -> t.text())
                        .filter(t -> t.length() >= 5)
                        .distinct()
                        .sorted(Comparator.comparingInt(String::length).reversed())
                        .limit(2)
                        .forEach(t -> should.add(Query.of(q -> q.fuzzy(f -> f.field("tok")
                                .value(FieldValue.of(t))
                                .fuzziness("1")
                                .prefixLength(1)
                                .maxExpansions(10)
                                .boost(1f)))));
            }
        }
        if (!should.isEmpty() && person.dateOfBirth() != null) {
            // ranks the right namesake first among many entries with the same common name
            int y = person.dateOfBirth().year();
            for (int year = y - 1; year <= y + 1; year++) {
                String v = Integer.toString(year);
                float boost = year == y ? 2f : 0.5f;
                should.add(Query.of(q -> q.term(t -> t.field(EntryDocument.BIRTH_YEAR_FIELD)
                        .value(FieldValue.of(v))
                        .boost(boost))));
            }
        }
        if (person.documentNumber() != null) {
            String doc = DocumentNumber.canonical(person.documentNumber());
            if (doc.length() >= 5) {
                should.add(Query.of(q -> q.term(t -> t.field(RetrievalKeys.DOCUMENT_FIELD)
                        .value(FieldValue.of(doc))
                        .boost(50f))));
            }
        }
        Query query = should.isEmpty()
                ? null
                : Query.of(q -> q.bool(b -> b.should(should).minimumShouldMatch("1")));
        return new Prepared(person, name, query);
    }

    private Map<String, Watchlist> loadLists(List<String> lists) throws IOException {
        Map<String, Watchlist> out = new LinkedHashMap<>();
        if (lists.isEmpty()) {
            return out;
        }
        @SuppressWarnings("rawtypes")
        var r = client.mget(m -> m.index(WatchlistStore.META_INDEX).ids(lists), Map.class);
        for (var d : r.docs()) {
            if (d.isFailure()) {
                throw new IOException(d.failure().error().reason());
            }
            var res = d.result();
            if (!res.found()) {
                throw new WatchlistNotFoundException(res.id());
            }
            out.put(res.id(), WatchlistStore.fromMeta(res.source()));
        }
        return out;
    }

    private static ScreeningResult degraded(List<PersonQuery> persons, String reason) {
        return new ScreeningResult(
                ScreeningStatus.DEGRADED,
                reason,
                persons.stream()
                        .map(p -> new PersonScreening(p.id(), List.of()))
                        .toList());
    }

    private static double round(double s) {
        return Math.round(s * 1000) / 1000.0;
    }
}
