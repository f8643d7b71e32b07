package org.piu.targeting.matching.watchlist.store;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.piu.targeting.matching.elasticsearch.ElasticsearchFailure;
import org.piu.targeting.matching.importer.EntryReader;
import org.piu.targeting.matching.importer.ImportFormat;
import org.piu.targeting.matching.importer.ImportProgress;
import org.piu.targeting.matching.importer.ImportReport;
import org.piu.targeting.matching.importer.ParsedEntries;
import org.piu.targeting.matching.normalize.GivenNameEquivalences;
import org.piu.targeting.matching.normalize.NameNormalizer;
import org.piu.targeting.matching.normalize.NormalizedName;
import org.piu.targeting.matching.retrieval.RetrievalKeys;
import org.piu.targeting.matching.watchlist.Watchlist;
import org.piu.targeting.matching.watchlist.WatchlistEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watchlists in Elasticsearch: list metadata in index {@value #META_INDEX}; each list's entries in its own index
 * behind the alias {@code piu-watchlist-<name>}. An import builds a complete new index, refreshes it, swaps the
 * alias in one atomic {@code _aliases} call and only then deletes the old index, so screening never sees a half
 * list; any failure before the swap deletes the new index and leaves the previous version serving.
 */
public final class WatchlistStore {

    public static final String META_INDEX = "piu-watchlists";
    static final String ALIAS_PREFIX = "piu-watchlist-";
    private static final Logger LOG = LoggerFactory.getLogger(WatchlistStore.class);
    private static final int BATCH = 2000;

    private final ElasticsearchClient client;
    private final NameNormalizer normalizer = new NameNormalizer();
    private final RetrievalKeys keys = new RetrievalKeys(GivenNameEquivalences.builtIn());
    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong(System.currentTimeMillis());

    /*
     * Every assessment needs the lists and the index serving each; reading them costs three Elasticsearch round trips
     * per flight, and they change only through this class. So they are kept until a change made here (counted by
     * `changes`) or, for a change made behind the application's back, for a few seconds.
     */
    private static final long SERVING_TTL_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
    private final AtomicLong changes = new AtomicLong();
    private volatile CachedServing cachedServing;

    private record CachedServing(Serving serving, long changesSeen, long loadedAt) {}

    /**
     * The lists (by name) and the index behind each list's alias: what a screening runs against.
     *
     * @param indexByList list name → the concrete index its alias points to (absent when it serves nothing)
     */
    public record Serving(List<Watchlist> lists, Map<String, String> indexByList) {
        public Serving {
            lists = List.copyOf(lists);
            indexByList = Map.copyOf(indexByList);
        }
    }

    public WatchlistStore(ElasticsearchClient client) {
        this.client = client;
    }

    /** The lists and their serving indices, as of at most a few seconds ago and after every change made here. */
    public Serving serving() {
        long seen = changes.get();
        CachedServing c = cachedServing;
        if (c != null && c.changesSeen() == seen && System.nanoTime() - c.loadedAt() < SERVING_TTL_NANOS) {
            return c.serving();
        }
        List<Watchlist> lists = lists();
        Map<String, String> indexByList = new java.util.TreeMap<>();
        try {
            client.indices()
                    .getAlias(g ->
                            g.name(ALIAS_PREFIX + "*").ignoreUnavailable(true).allowNoIndices(true))
                    .result()
                    .forEach((index, aliases) -> aliases.aliases()
                            .keySet()
                            .forEach(alias -> indexByList.put(alias.substring(ALIAS_PREFIX.length()), index)));
        } catch (IOException | ElasticsearchException e) {
            throw unavailable("cannot read which indices serve the watchlists", e);
        }
        Serving serving = new Serving(lists, indexByList);
        // a change that finished while this was read may or may not be in it: then it is not kept
        if (changes.get() == seen) {
            cachedServing = new CachedServing(serving, seen, System.nanoTime());
        }
        return serving;
    }

    private void changed() {
        changes.incrementAndGet();
        cachedServing = null;
    }

    /** The alias a list's entries are searched through (the screener searches it). */
    public static String alias(String list) {
        return ALIAS_PREFIX + list;
    }

    /** Creates a list or updates its metadata; a new list starts empty (and screenable). */
    public Watchlist createOrUpdate(Watchlist list) {
        try {
            ensureMetaIndex();
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("name", list.name());
            doc.put("description", list.description());
            doc.put("legalSource", list.legalSource());
            doc.put("category", list.category());
            doc.put("alertThreshold", list.alertThreshold());
            doc.put("reviewThreshold", list.reviewThreshold());
            synchronized (lock(list.name())) {
                try {
                    if (currentIndices(list.name()).isEmpty()) {
                        String index = newIndex(list.name());
                        client.indices().putAlias(a -> a.index(index).name(alias(list.name())));
                    }
                    client.index(i ->
                            i.index(META_INDEX).id(list.name()).document(doc).refresh(Refresh.True));
                } finally {
                    changed(); // also when only a part was done: the serving state is read afresh
                }
            }
            return list;
        } catch (IOException | ElasticsearchException e) {
            throw unavailable("cannot save watchlist '" + list.name() + "'", e);
        }
    }

    public Optional<Watchlist> find(String name) {
        try {
            if (!client.indices().exists(e -> e.index(META_INDEX)).value()) {
                return Optional.empty();
            }
            @SuppressWarnings("rawtypes")
            var r = client.get(g -> g.index(META_INDEX).id(name), Map.class);
            if (!r.found()) {
                return Optional.empty();
            }
            return Optional.of(fromMeta(r.source()));
        } catch (IOException | ElasticsearchException e) {
            throw unavailable("cannot read watchlist '" + name + "'", e);
        }
    }

    /** All lists, by name. */
    public List<Watchlist> lists() {
        try {
            if (!client.indices().exists(e -> e.index(META_INDEX)).value()) {
                return List.of();
            }
            @SuppressWarnings("rawtypes")
            var r = client.search(
                    s -> s.index(META_INDEX).size(1000).sort(o -> o.field(f -> f.field("name"))), Map.class);
            List<Watchlist> out = new ArrayList<>();
            for (@SuppressWarnings("rawtypes") Hit<Map> h : r.hits().hits()) {
                out.add(fromMeta(h.source()));
            }
            return out;
        } catch (IOException | ElasticsearchException e) {
            throw unavailable("cannot list watchlists", e);
        }
    }

    /** Number of entries the list currently serves. */
    public long size(String name) {
        try {
            return client.count(c -> c.index(alias(name))).count();
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                throw new WatchlistNotFoundException(name);
            }
            throw unavailable("cannot count watchlist '" + name + "'", e);
        } catch (IOException e) {
            throw unavailable("cannot count watchlist '" + name + "'", e);
        }
    }

    /** Deletes a list and its entries; false when it did not exist. */
    public boolean delete(String name) {
        try {
            synchronized (lock(name)) {
                try {
                    List<String> indices = currentIndices(name);
                    boolean existed = find(name).isPresent() || !indices.isEmpty();
                    for (String idx : indices) {
                        client.indices().delete(d -> d.index(idx));
                    }
                    if (client.indices().exists(e -> e.index(META_INDEX)).value()) {
                        try {
                            client.delete(d -> d.index(META_INDEX).id(name).refresh(Refresh.True));
                        } catch (ElasticsearchException e) {
                            if (e.status() != 404) {
                                throw e;
                            }
                        }
                    }
                    return existed;
                } finally {
                    changed();
                }
            }
        } catch (IOException | ElasticsearchException e) {
            throw unavailable("cannot delete watchlist '" + name + "'", e);
        }
    }

    /**
     * Replaces the entries of a list with the entries read from {@code in}. Bad rows are rejected with reasons;
     * the rest is indexed and becomes searchable atomically before this returns.
     *
     * @throws WatchlistNotFoundException if the list was not created
     * @throws ImportFailedException      if nothing valid was read or indexing failed (previous version still serving)
     */
    public ImportReport importEntries(String name, ImportFormat format, InputStream in, ImportProgress progress) {
        ParsedEntries parsed = EntryReader.of(format).read(in, progress);
        return importEntries(name, parsed, progress);
    }

    public ImportReport importEntries(String name, ParsedEntries parsed, ImportProgress progress) {
        long t0 = System.currentTimeMillis();
        if (find(name).isEmpty()) {
            throw new WatchlistNotFoundException(name);
        }
        if (parsed.entries().isEmpty()) {
            throw new ImportFailedException(
                    "no valid entry in the import of watchlist '" + name + "' ("
                            + parsed.rejected().size() + " rows rejected): the previous version keeps serving",
                    parsed.rejected(),
                    null);
        }
        synchronized (lock(name)) {
            String index;
            try {
                index = newIndex(name);
            } catch (IOException | ElasticsearchException e) {
                throw new ImportFailedException(
                        "cannot create a new index for watchlist '" + name + "': " + e.getMessage()
                                + "; the previous version keeps serving",
                        parsed.rejected(),
                        e);
            }
            try {
                int indexed = bulkIndex(index, parsed.entries(), progress, parsed.rowsRead());
                client.indices().refresh(r -> r.index(index));
                client.indices().putSettings(s -> s.index(index).settings(x -> x.refreshInterval(t -> t.time("1s"))));
                progress.update(ImportProgress.Stage.SWAPPING, parsed.rowsRead(), indexed);
                List<String> old = currentIndices(name);
                client.indices().updateAliases(u -> {
                    for (String o : old) {
                        u.actions(a -> a.remove(r -> r.index(o).alias(alias(name))));
                    }
                    return u.actions(a -> a.add(x -> x.index(index).alias(alias(name))));
                });
                changed();
                for (String o : old) {
                    try {
                        client.indices().delete(d -> d.index(o));
                    } catch (IOException | ElasticsearchException e) {
                        LOG.warn("old index {} of watchlist {} could not be deleted: {}", o, name, e.getMessage());
                    }
                }
                progress.update(ImportProgress.Stage.DONE, parsed.rowsRead(), indexed);
                return new ImportReport(name, indexed, parsed.rejected(), index, System.currentTimeMillis() - t0);
            } catch (IOException | ElasticsearchException | ImportFailedException e) {
                try {
                    client.indices().delete(d -> d.index(index));
                } catch (IOException | ElasticsearchException cleanup) {
                    e.addSuppressed(cleanup);
                }
                if (e instanceof ImportFailedException f) {
                    throw f;
                }
                throw new ImportFailedException(
                        "import of watchlist '" + name + "' failed: " + e.getMessage()
                                + "; the previous version keeps serving",
                        parsed.rejected(),
                        e);
            }
        }
    }

    private int bulkIndex(String index, List<WatchlistEntry> entries, ImportProgress progress, int rowsRead)
            throws IOException {
        int indexed = 0;
        for (int from = 0; from < entries.size(); from += BATCH) {
            List<WatchlistEntry> batch = entries.subList(from, Math.min(entries.size(), from + BATCH));
            List<BulkOperation> ops = batch.parallelStream()
                    .map(e -> {
                        List<NormalizedName> names =
                                e.names().stream().map(normalizer::normalize).toList();
                        Map<String, Object> doc = EntryDocument.of(e, names, keys);
                        return BulkOperation.of(
                                o -> o.index(i -> i.index(index).id(e.entryId()).document(doc)));
                    })
                    .toList();
            BulkResponse r = client.bulk(b -> b.operations(ops));
            if (r.errors()) {
                for (BulkResponseItem item : r.items()) {
                    if (item.error() != null) {
                        throw new ImportFailedException(
                                "indexing entry " + item.id() + " failed: "
                                        + item.error().reason(),
                                List.of(),
                                null);
                    }
                }
            }
            indexed += batch.size();
            progress.update(ImportProgress.Stage.INDEXING, rowsRead, indexed);
        }
        return indexed;
    }

    private String newIndex(String name) throws IOException {
        String index = alias(name) + "-" + generation.incrementAndGet();
        Map<String, Property> props = new LinkedHashMap<>();
        props.put("entryId", Property.of(p -> p.keyword(k -> k)));
        for (String f : RetrievalKeys.NAME_FIELDS) {
            props.put(f, Property.of(p -> p.keyword(k -> k)));
        }
        props.put(RetrievalKeys.DOCUMENT_FIELD, Property.of(p -> p.keyword(k -> k)));
        props.put(EntryDocument.BIRTH_YEAR_FIELD, Property.of(p -> p.keyword(k -> k)));
        TypeMapping mapping =
                TypeMapping.of(m -> m.dynamic(DynamicMapping.False).properties(props));
        client.indices()
                .create(c -> c.index(index)
                        .mappings(mapping)
                        .settings(
                                s -> s.numberOfShards("1").numberOfReplicas("0").refreshInterval(t -> t.time("-1"))));
        return index;
    }

    /** Indices the list's alias points at now (normally one; none for an unknown list). */
    List<String> currentIndices(String name) throws IOException {
        try {
            return new ArrayList<>(
                    client.indices().getAlias(g -> g.name(alias(name))).result().keySet());
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return List.of();
            }
            throw e;
        }
    }

    private void ensureMetaIndex() throws IOException {
        if (client.indices().exists(e -> e.index(META_INDEX)).value()) {
            return;
        }
        try {
            client.indices()
                    .create(c -> c.index(META_INDEX)
                            .settings(s -> s.numberOfShards("1").numberOfReplicas("0"))
                            .mappings(m -> m.properties("name", p -> p.keyword(k -> k))));
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
    }

    private Object lock(String name) {
        return locks.computeIfAbsent(name, n -> new Object());
    }

    /** A list's metadata from its document in {@value #META_INDEX}. */
    @SuppressWarnings("rawtypes")
    public static Watchlist fromMeta(Map src) {
        return new Watchlist(
                String.valueOf(src.get("name")),
                (String) src.get("description"),
                (String) src.get("legalSource"),
                (String) src.get("category"),
                ((Number) src.get("alertThreshold")).doubleValue(),
                ((Number) src.get("reviewThreshold")).doubleValue());
    }

    private static WatchlistUnavailableException unavailable(String what, Exception e) {
        return new WatchlistUnavailableException(what + ": Elasticsearch " + ElasticsearchFailure.describe(e), e);
    }
}
