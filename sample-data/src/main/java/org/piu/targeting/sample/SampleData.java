package org.piu.targeting.sample;

import java.time.LocalDate;
import java.util.List;
import org.piu.targeting.engine.rule.NamedList;
import org.piu.targeting.engine.rule.RuleDocument;
import org.piu.targeting.engine.scenario.Scenario;
import org.piu.targeting.matching.watchlist.Watchlist;
import org.piu.targeting.sample.flight.FlightGenerator;
import org.piu.targeting.sample.flight.FlightGeneratorSettings;
import org.piu.targeting.sample.flight.GeneratedFlight;
import org.piu.targeting.sample.flight.PlantedCase;
import org.piu.targeting.sample.flight.ReportedDocument;
import org.piu.targeting.sample.flight.WatchlistTarget;
import org.piu.targeting.sample.message.FlightMessages;
import org.piu.targeting.sample.message.MessageRenderer;
import org.piu.targeting.sample.rules.SampleRules;
import org.piu.targeting.sample.rules.SampleScenarios;
import org.piu.targeting.sample.watchlist.WatchlistGenerator;

/**
 * Everything a newcomer's PIU needs on first start, generated from one seed and a reference date (no wall clock):
 * flights departing from the reference date on, with bookings and planted risks; their PAXLST and PNRGOV messages;
 * the sample watchlist (with entries that match some passengers under another spelling) and the lost/stolen
 * documents list; the sample rules, named lists and test scenarios. Same seed and date → identical data.
 *
 * <p>Load it in this order: named lists, rules (approve and publish a release), scenarios, watchlists (PUT the
 * list, POST {@link SampleWatchlist#csv()}), then assess the flights (JSON manifests or the messages).
 */
public record SampleData(
        long seed,
        LocalDate referenceDate,
        List<GeneratedFlight> flights,
        List<FlightMessages> messages,
        List<SampleWatchlist> watchlists,
        List<RuleDocument> rules,
        List<NamedList> lists,
        List<Scenario> scenarios) {

    public static final long DEFAULT_SEED = 20_261_122L;
    public static final int SAMPLE_WATCHLIST_SIZE = 300;
    public static final int LOST_STOLEN_SIZE = 150;

    public SampleData {
        flights = List.copyOf(flights);
        messages = List.copyOf(messages);
        watchlists = List.copyOf(watchlists);
        rules = List.copyOf(rules);
        lists = List.copyOf(lists);
        scenarios = List.copyOf(scenarios);
    }

    /** The first-start sample: 24 flights over 3 days with every planted risk, 300 watchlist entries, 150 documents. */
    public static SampleData generate(long seed, LocalDate referenceDate) {
        return generate(seed, referenceDate, FlightGeneratorSettings.sample(), SAMPLE_WATCHLIST_SIZE, LOST_STOLEN_SIZE);
    }

    public static SampleData generate(
            long seed,
            LocalDate referenceDate,
            FlightGeneratorSettings settings,
            int watchlistSize,
            int lostStolenSize) {
        List<GeneratedFlight> flights = new FlightGenerator(settings).generate(seed, referenceDate);
        MessageRenderer renderer = new MessageRenderer();
        List<FlightMessages> messages = flights.stream().map(renderer::render).toList();
        List<WatchlistTarget> targets =
                flights.stream().flatMap(f -> f.watchlistTargets().stream()).toList();
        List<ReportedDocument> reported =
                flights.stream().flatMap(f -> f.reportedDocuments().stream()).toList();
        WatchlistGenerator wg = new WatchlistGenerator();
        SampleWatchlist persons = new SampleWatchlist(
                new Watchlist(
                        WatchlistGenerator.SAMPLE_LIST,
                        "Sample national watchlist (generated persons, not real ones)",
                        "Sample data",
                        "persons",
                        Watchlist.DEFAULT_ALERT_THRESHOLD,
                        Watchlist.DEFAULT_REVIEW_THRESHOLD),
                wg.sample(seed, watchlistSize, targets));
        SampleWatchlist documents = new SampleWatchlist(
                new Watchlist(
                        WatchlistGenerator.LOST_STOLEN_LIST,
                        "Sample lost and stolen travel documents",
                        "Sample data",
                        "documents",
                        Watchlist.DEFAULT_ALERT_THRESHOLD,
                        Watchlist.DEFAULT_REVIEW_THRESHOLD),
                wg.lostStolen(seed, lostStolenSize, reported));
        return new SampleData(
                seed,
                referenceDate,
                flights,
                messages,
                List.of(persons, documents),
                SampleRules.rules(),
                SampleRules.lists(),
                SampleScenarios.scenarios());
    }

    /** Every planted risk of every flight: what the demo should show being found. */
    public List<PlantedCase> plantedCases() {
        return flights.stream().flatMap(f -> f.planted().stream()).toList();
    }
}
