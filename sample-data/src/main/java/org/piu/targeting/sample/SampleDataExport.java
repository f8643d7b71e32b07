package org.piu.targeting.sample;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.piu.targeting.engine.rule.NamedList;
import org.piu.targeting.engine.rule.RuleDocuments;
import org.piu.targeting.engine.scenario.Scenario;
import org.piu.targeting.sample.flight.FlightGenerator;
import org.piu.targeting.sample.flight.FlightGeneratorSettings;
import org.piu.targeting.sample.flight.GeneratedFlight;
import org.piu.targeting.sample.flight.WatchlistTarget;
import org.piu.targeting.sample.message.FlightMessages;
import org.piu.targeting.sample.rules.RuleGenerator;
import org.piu.targeting.sample.rules.SampleRules;
import org.piu.targeting.sample.watchlist.WatchlistCsv;
import org.piu.targeting.sample.watchlist.WatchlistGenerator;

/**
 * Writes sample data as files, for people and for benchmarks:
 * <pre>
 * SampleDataExport sample DIR [SEED] [REFERENCE_DATE]     first-start sample: flights/*.json, messages/*.edi,
 *                                                         watchlists/*.csv, rules/*.yaml, lists/*.yaml,
 *                                                         scenarios/*.yaml, planted.txt
 * SampleDataExport watchlist FILE COUNT [SEED] [FLIGHTS]  COUNT watchlist entries as CSV, streamed; the last ones
 *                                                         planted for the first FLIGHTS load flights of SEED
 * SampleDataExport rules DIR COUNT [SEED]                 COUNT generated benchmark rules as YAML
 * </pre>
 * The reference date defaults to 2026-11-22 so that output never depends on the day it is run.
 */
public final class SampleDataExport {

    private SampleDataExport() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println(
                    "usage: SampleDataExport sample DIR [SEED] [YYYY-MM-DD] | watchlist FILE COUNT [SEED] [FLIGHTS]"
                            + " | rules DIR COUNT [SEED]");
            System.exit(2);
        }
        switch (args[0]) {
            case "sample" -> {
                long seed = args.length > 2 ? Long.parseLong(args[2]) : SampleData.DEFAULT_SEED;
                LocalDate date = args.length > 3 ? LocalDate.parse(args[3]) : LocalDate.of(2026, 11, 22);
                writeSample(SampleData.generate(seed, date), Path.of(args[1]));
            }
            case "watchlist" -> {
                long count = Long.parseLong(args[2]);
                long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
                int flights = args.length > 4 ? Integer.parseInt(args[4]) : 0;
                long started = System.nanoTime();
                long written = writeWatchlist(Path.of(args[1]), count, seed, flights);
                System.out.printf(
                        "%d entries written to %s in %.1f s%n", written, args[1], (System.nanoTime() - started) / 1e9);
            }
            case "rules" -> {
                int count = Integer.parseInt(args[2]);
                long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
                Path dir = Files.createDirectories(Path.of(args[1]));
                for (var rule : new RuleGenerator(seed).rules(count)) {
                    Files.writeString(
                            dir.resolve(rule.id() + ".yaml"), RuleDocuments.write(rule, RuleDocuments.Format.YAML));
                }
                for (NamedList list : RuleGenerator.lists()) {
                    Files.writeString(
                            dir.resolve(list.id() + ".list.yaml"),
                            RuleDocuments.write(list, RuleDocuments.Format.YAML));
                }
            }
            default -> {
                System.err.println("unknown command " + args[0] + ": use sample, watchlist or rules");
                System.exit(2);
            }
        }
    }

    /**
     * Streams {@code count} entries to a CSV file; when {@code plantedFlights} > 0 the last entries are planted for
     * the watchlist targets of the first {@code plantedFlights} load-test flights (500 passengers, seed) so that a
     * benchmark knows its true matches.
     */
    public static long writeWatchlist(Path file, long count, long seed, int plantedFlights) {
        List<WatchlistTarget> targets = plantedFlights <= 0
                ? List.of()
                : new FlightGenerator(new FlightGeneratorSettings(plantedFlights, 7, 500, 0.5, true))
                        .stream(seed, LocalDate.of(2026, 11, 22))
                                .flatMap(f -> f.watchlistTargets().stream())
                                .toList();
        try (Writer w = new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
            return WatchlistCsv.write(new WatchlistGenerator().streamWithPlanted(seed, "GEN-", count, targets), w);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    public static void writeSample(SampleData d, Path dir) throws IOException {
        Path flights = Files.createDirectories(dir.resolve("flights"));
        Path messages = Files.createDirectories(dir.resolve("messages"));
        for (GeneratedFlight f : d.flights()) {
            Files.writeString(
                    flights.resolve(f.key() + ".json"),
                    RuleDocuments.manifestMapper()
                            .writerWithDefaultPrettyPrinter()
                            .writeValueAsString(f.manifest()));
        }
        for (FlightMessages m : d.messages()) {
            Files.writeString(messages.resolve(m.flightKey() + ".paxlst.edi"), m.paxlst());
            Files.writeString(messages.resolve(m.flightKey() + ".pnrgov.edi"), m.pnrgov());
        }
        Path watchlists = Files.createDirectories(dir.resolve("watchlists"));
        for (SampleWatchlist w : d.watchlists()) {
            Files.writeString(watchlists.resolve(w.list().name() + ".csv"), w.csv());
        }
        Path rules = Files.createDirectories(dir.resolve("rules"));
        for (String id : SampleRules.RULE_IDS) {
            Files.writeString(rules.resolve(id + ".yaml"), SampleRules.ruleYaml(id));
        }
        Path lists = Files.createDirectories(dir.resolve("lists"));
        for (String id : SampleRules.LIST_IDS) {
            Files.writeString(lists.resolve(id + ".yaml"), SampleRules.listYaml(id));
        }
        Path scenarios = Files.createDirectories(dir.resolve("scenarios"));
        for (Scenario s : d.scenarios()) {
            Files.writeString(scenarios.resolve(s.id() + ".yaml"), RuleDocuments.write(s, RuleDocuments.Format.YAML));
        }
        StringBuilder planted = new StringBuilder();
        d.plantedCases()
                .forEach(c -> planted.append(c.risk())
                        .append('\t')
                        .append(c.flightKey())
                        .append('\t')
                        .append(String.join(",", c.passengerIds()))
                        .append('\t')
                        .append(c.description())
                        .append('\n'));
        Files.writeString(dir.resolve("planted.txt"), planted.toString());
    }
}
