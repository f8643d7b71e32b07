package org.piu.targeting.sample.watchlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.piu.targeting.matching.importer.CsvEntryReader;
import org.piu.targeting.matching.importer.ImportProgress;
import org.piu.targeting.matching.importer.ParsedEntries;
import org.piu.targeting.matching.score.MatchScorer;
import org.piu.targeting.matching.watchlist.DateOfBirth;
import org.piu.targeting.matching.watchlist.Gender;
import org.piu.targeting.matching.watchlist.PersonQuery;
import org.piu.targeting.matching.watchlist.Watchlist;
import org.piu.targeting.matching.watchlist.WatchlistEntry;
import org.piu.targeting.model.Passenger;
import org.piu.targeting.sample.flight.FlightGenerator;
import org.piu.targeting.sample.flight.FlightGeneratorSettings;
import org.piu.targeting.sample.flight.GeneratedFlight;
import org.piu.targeting.sample.flight.ReportedDocument;
import org.piu.targeting.sample.flight.WatchlistTarget;

class WatchlistGeneratorTest {

    private static final LocalDate REFERENCE = LocalDate.of(2026, 11, 22);
    private final WatchlistGenerator generator = new WatchlistGenerator();

    private static List<GeneratedFlight> flights() {
        return new FlightGenerator(new FlightGeneratorSettings(40, 3, 0, 0.3, true)).generate(99, REFERENCE);
    }

    @Test
    void sample_csv_is_read_by_the_matching_importer_without_rejections() {
        List<WatchlistTarget> targets =
                flights().stream().flatMap(f -> f.watchlistTargets().stream()).toList();
        List<WatchlistEntry> sample = generator.sample(3, 300, targets);
        String csv = WatchlistCsv.toCsv(sample);
        ParsedEntries parsed = new CsvEntryReader()
                .read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), ImportProgress.NONE);
        assertThat(parsed.rejected()).isEmpty();
        assertThat(parsed.entries()).hasSize(300);
        assertThat(parsed.entries()).extracting(WatchlistEntry::entryId).doesNotHaveDuplicates();
        assertThat(WatchlistCsv.toCsv(parsed.entries())).isEqualTo(csv);
    }

    @Test
    void first_start_entries_do_not_carry_the_surnames_of_generated_passengers() {
        java.util.Set<String> passengerSurnames = flights().stream()
                .flatMap(f -> f.manifest().passengers().stream())
                .map(Passenger::surname)
                .collect(Collectors.toSet());
        List<WatchlistEntry> sample = generator.sample(3, 300, List.of());
        assertThat(sample).hasSize(300);
        for (WatchlistEntry e : sample) {
            String mrzAlias = e.names().stream()
                    .filter(n -> n.matches("[A-Z ]+"))
                    .findFirst()
                    .orElse("");
            assertThat(passengerSurnames).as(e.toString()).doesNotContain(mrzAlias.split(" ")[0]);
        }
    }

    @Test
    void lists_are_written_in_several_scripts() {
        List<String> names = generator.stream(5, "GEN-", 2000)
                .flatMap(e -> e.names().stream())
                .toList();
        assertThat(names).anyMatch(n -> n.matches(".*\\p{IsCyrillic}.*"));
        assertThat(names).anyMatch(n -> n.matches(".*\\p{IsArabic}.*"));
        assertThat(names).anyMatch(n -> n.matches(".*[əşçğı].*"));
        assertThat(names).anyMatch(n -> n.matches(".*[șțăâî].*"));
        assertThat(names).anyMatch(n -> n.matches(".*(oğlu|qızı).*"));
    }

    @Test
    void planted_entries_name_the_passenger_differently_yet_match_them() {
        List<GeneratedFlight> flights = flights();
        Map<String, Passenger> passengers = flights.stream()
                .flatMap(f -> f.manifest().passengers().stream().map(p -> Map.entry(f.key() + "/" + p.id(), p)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<WatchlistTarget> targets =
                flights.stream().flatMap(f -> f.watchlistTargets().stream()).toList();
        assertThat(targets).hasSizeGreaterThanOrEqualTo(5);
        List<WatchlistEntry> planted = generator.planted(3, "SMP-", targets);
        MatchScorer scorer = new MatchScorer();
        for (int i = 0; i < targets.size(); i++) {
            WatchlistTarget t = targets.get(i);
            Passenger p = passengers.get(t.flightKey() + "/" + t.passengerId());
            WatchlistEntry e = planted.get(i);
            String mrz = p.surname() + " " + p.givenNames();
            assertThat(e.names())
                    .as(e.entryId())
                    .noneMatch(n -> n.equalsIgnoreCase(mrz) || n.equalsIgnoreCase(p.givenNames() + " " + p.surname()));
            PersonQuery q = new PersonQuery(
                    p.id(),
                    null,
                    p.surname(),
                    p.givenNames(),
                    DateOfBirth.of(
                            p.dateOfBirth().getYear(),
                            p.dateOfBirth().getMonthValue(),
                            p.dateOfBirth().getDayOfMonth()),
                    Gender.parse(p.gender()),
                    p.nationality(),
                    null,
                    null);
            assertThat(scorer.score(q, e).score())
                    .as(mrz + " vs " + e)
                    .isGreaterThanOrEqualTo(Watchlist.DEFAULT_REVIEW_THRESHOLD);
        }
    }

    @Test
    void lost_stolen_list_contains_every_reported_document() {
        List<ReportedDocument> reported =
                flights().stream().flatMap(f -> f.reportedDocuments().stream()).toList();
        assertThat(reported).isNotEmpty();
        List<WatchlistEntry> list = generator.lostStolen(8, 200, reported);
        String csv = WatchlistCsv.toCsv(list);
        ParsedEntries parsed = new CsvEntryReader()
                .read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), ImportProgress.NONE);
        assertThat(parsed.rejected()).isEmpty();
        Map<String, WatchlistEntry> byNumber = parsed.entries().stream()
                .collect(Collectors.toMap(
                        e -> e.documents().get(0).number().replaceAll("[ -]", ""), Function.identity()));
        for (ReportedDocument d : reported) {
            assertThat(byNumber).containsKey(d.number());
            assertThat(byNumber.get(d.number()).documents().get(0).issuingCountry())
                    .isEqualTo(d.issuingCountry());
        }
    }

    @Test
    void large_lists_stream_deterministically() throws Exception {
        assertThat(digest(7, 20_000)).isEqualTo(digest(7, 20_000)).isNotEqualTo(digest(8, 20_000));
        assertThat(generator.entry(7, "GEN-", 19_999))
                .isEqualTo(generator.stream(7, "GEN-", 20_000).toList().get(19_999));
    }

    private String digest(long seed, int count) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        Writer w = new Writer() {
            @Override
            public void write(char[] c, int off, int len) {
                md.update(new String(c, off, len).getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        assertThat(WatchlistCsv.write(generator.stream(seed, "GEN-", count), w)).isEqualTo(count);
        return HexFormat.of().formatHex(md.digest());
    }
}
