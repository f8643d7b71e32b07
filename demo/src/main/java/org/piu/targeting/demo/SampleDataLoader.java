package org.piu.targeting.demo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.piu.targeting.engine.rule.RuleDocuments;
import org.piu.targeting.matching.importer.ImportFormat;
import org.piu.targeting.messages.MessageParser;
import org.piu.targeting.model.MessageSource;
import org.piu.targeting.repo.AssetKind;
import org.piu.targeting.sample.SampleData;
import org.piu.targeting.sample.SampleWatchlist;
import org.piu.targeting.sample.flight.GeneratedFlight;
import org.piu.targeting.sample.message.FlightMessages;
import org.piu.targeting.sample.rules.SampleRules;
import org.piu.targeting.workbench.assessment.AssessmentService;
import org.piu.targeting.workbench.base.config.PiuProperties;
import org.piu.targeting.workbench.rules.ReleaseService;
import org.piu.targeting.workbench.rules.RuleAssetService;
import org.piu.targeting.workbench.watchlist.WatchlistService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;

/**
 * On the first start of an empty installation, loads generated sample data so that a newcomer sees a working PIU:
 * named lists, rules and scenarios (approved and published as release 1), two watchlists, and assessed flights
 * (some sent as JSON, some as PAXLST + PNRGOV). Every change is attributed to the system identities below, with a
 * justification that says it is sample data. Never runs again once the repository holds anything.
 *
 * <p>Part of the demo only: {@link DemoApplication} registers it and turns {@code piu.sample-data.enabled} on
 * ({@code ./piu run --piu.sample-data.enabled=false} starts the demo empty). The application jar has no loader.
 */
class SampleDataLoader {

    static final String AUTHOR = "system-sample-data";
    static final String APPROVER = "system-sample-approval";
    static final String WHY = "Sample data loaded on first start (generated, not real intelligence)";
    private static final Logger log = LoggerFactory.getLogger(SampleDataLoader.class);

    private final boolean enabled;
    private final RuleAssetService assets;
    private final ReleaseService releases;
    private final WatchlistService watchlists;
    private final AssessmentService assessments;
    private final MessageParser parser;
    private final Clock clock;
    private final CompletableFuture<Optional<Loaded>> outcome = new CompletableFuture<>();

    SampleDataLoader(
            PiuProperties properties,
            RuleAssetService assets,
            ReleaseService releases,
            WatchlistService watchlists,
            AssessmentService assessments,
            MessageParser parser,
            Clock clock) {
        this.enabled = properties.sampleData().enabled();
        this.assets = assets;
        this.releases = releases;
        this.watchlists = watchlists;
        this.assessments = assessments;
        this.parser = parser;
        this.clock = clock;
    }

    /** What a first-start load put into the installation. */
    record Loaded(
            int lists, int rules, int scenarios, int release, int watchlists, int flights, int passengersWithHits) {}

    /**
     * The outcome of this start's load, once it is over: empty when there was nothing to do (turned off, or the
     * installation already holds rules or releases); failed when the load failed.
     */
    CompletableFuture<Optional<Loaded>> outcome() {
        return outcome;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(100)
    public void loadOnFirstStart() {
        if (!enabled
                || !releases.releases().isEmpty()
                || !assets.list(AssetKind.RULE).isEmpty()) {
            outcome.complete(Optional.empty());
            return;
        }
        // In the background: the application is usable (and healthy) while the sample flights are assessed.
        Thread loader = new Thread(
                () -> {
                    try {
                        outcome.complete(Optional.of(load(SampleData.generate(
                                SampleData.DEFAULT_SEED, LocalDate.now(clock.withZone(ZoneOffset.UTC))))));
                    } catch (RuntimeException e) {
                        log.warn("sample data could not be loaded completely: {}", e.getMessage(), e);
                        outcome.completeExceptionally(e);
                    }
                },
                "piu-sample-data");
        loader.setDaemon(true);
        loader.start();
    }

    Loaded load(SampleData data) {
        long started = System.nanoTime();
        // the YAML as the analysts wrote it (with its folded prose), not a re-serialisation
        data.lists().forEach(list -> approve(AssetKind.LIST, list.id(), SampleRules.listYaml(list.id())));
        data.rules().forEach(rule -> approve(AssetKind.RULE, rule.id(), SampleRules.ruleYaml(rule.id())));
        data.scenarios()
                .forEach(s -> approve(AssetKind.SCENARIO, s.id(), RuleDocuments.write(s, RuleDocuments.Format.YAML)));
        var release = releases.publish(APPROVER, WHY);
        log.info(
                "sample data: {} lists, {} rules, {} scenarios published as release-{}",
                data.lists().size(),
                data.rules().size(),
                data.scenarios().size(),
                release.number());

        for (SampleWatchlist list : data.watchlists()) {
            watchlists.save(list.list());
            var report = watchlists.importEntries(
                    list.list().name(),
                    ImportFormat.CSV,
                    new ByteArrayInputStream(list.csv().getBytes(StandardCharsets.UTF_8)),
                    (stage, rows, indexed) -> {});
            log.info("sample data: watchlist {} with {} entries", list.list().name(), report.imported());
        }

        int hits = 0;
        for (int i = 0; i < data.flights().size(); i++) {
            GeneratedFlight flight = data.flights().get(i);
            // Half the flights arrive as JSON, half as the EDIFACT messages airlines send, as in production.
            if (i % 2 == 0) {
                String hash = MessageParser.contentHash("sample:" + flight.key());
                hits += assessments
                        .assess(flight.manifest(), MessageSource.JSON, hash)
                        .assessment()
                        .totals()
                        .passengersWithHits();
            } else {
                FlightMessages messages = data.messages().get(i);
                for (String part : messages.paxlstParts()) {
                    assessments.assess(parser.parse(part));
                }
                for (var result : assessments.assess(parser.parse(messages.pnrgov()))) {
                    hits += result.assessment().totals().passengersWithHits();
                }
            }
        }
        log.info(
                "sample data: {} flights assessed, {} passengers with hits awaiting review; loaded in {} ms",
                data.flights().size(),
                hits,
                (System.nanoTime() - started) / 1_000_000);
        return new Loaded(
                data.lists().size(),
                data.rules().size(),
                data.scenarios().size(),
                release.number(),
                data.watchlists().size(),
                data.flights().size(),
                hits);
    }

    private void approve(AssetKind kind, String id, String text) {
        var saved = assets.save(kind, id, text, AUTHOR, WHY, null);
        String revision = saved.revision().revision();
        assets.submit(kind, id, revision, AUTHOR, WHY);
        assets.approve(kind, id, revision, APPROVER, WHY);
    }
}
