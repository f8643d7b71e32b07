package org.piu.targeting.matching.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.piu.targeting.matching.elasticsearch.ElasticsearchConnector;
import org.piu.targeting.matching.elasticsearch.TestElasticsearch;
import org.piu.targeting.matching.importer.ImportFormat;
import org.piu.targeting.matching.importer.ImportProgress;
import org.piu.targeting.matching.importer.ImportReport;
import org.piu.targeting.matching.importer.RejectedRow;
import org.piu.targeting.matching.watchlist.DateOfBirth;
import org.piu.targeting.matching.watchlist.Gender;
import org.piu.targeting.matching.watchlist.PersonQuery;
import org.piu.targeting.matching.watchlist.Watchlist;
import org.piu.targeting.matching.watchlist.store.ImportFailedException;
import org.piu.targeting.matching.watchlist.store.WatchlistNotFoundException;
import org.piu.targeting.matching.watchlist.store.WatchlistStore;
import org.piu.targeting.model.MatchDecision;
import org.piu.targeting.model.ScreeningStatus;

class WatchlistScreenerTest {

    private static final String CSV = """
            entry_id,names,date_of_birth,gender,nationality,document_number
            MD1,Чобану Ион|Ion Ciobanu,1985-03-02,M,MDA,MDA:AB1234567
            UA1,Петренко Олександр Іванович,1972,M,UKR,
            AZ1,Rəşad Əliyev|Рашад Алиев,1979-11-23,M,AZE,
            AR1,محمد عبد الرحمن الأحمد|Muhammad Abd al-Rahman al-Ahmad,1968-05-15,M,SYR,
            RU1,Иванов Сергей Петрович,1961-11-02,M,RUS,
            """;

    private static ElasticsearchClient client;
    private static WatchlistStore lists;
    private static WatchlistScreener screening;

    @BeforeAll
    static void loadList() {
        client = TestElasticsearch.client();
        lists = new WatchlistStore(client);
        screening = new WatchlistScreener(client);
        lists.delete("interpol-test");
        lists.createOrUpdate(new Watchlist("interpol-test", "test list", "Law 123/2026", "terrorism", 0.86, 0.70));
        ImportReport r = lists.importEntries("interpol-test", ImportFormat.CSV, stream(CSV), ImportProgress.NONE);
        assertThat(r.imported()).isEqualTo(5);
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private static PersonQuery passenger(String id, String surname, String given, String dob, String nationality) {
        return new PersonQuery(
                id,
                null,
                surname,
                given,
                dob == null ? null : DateOfBirth.parse(dob).orElseThrow(),
                Gender.MALE,
                nationality,
                null,
                null);
    }

    @Test
    void screens_a_flight_in_one_batch_and_explains_each_match() {
        List<PersonQuery> flight = List.of(
                passenger("P1", "CIOBANU", "ION", "1985-03-02", "MDA"),
                passenger("P2", "PETRENKO", "ALEKSANDR", "1972-06-01", "UKR"),
                passenger("P3", "ALIEV", "RASHAD", "1979-11-23", "AZE"),
                passenger("P4", "ALAHMAD", "MOHAMMED ABDULRAHMAN", "1968-05-15", "SYR"),
                passenger("P5", "POPESCU", "MARIA", "1990-01-01", "ROU"),
                passenger("P6", "IVANOV", "SERGEI", "1990-05-14", "RUS"));
        ScreeningResult r = screening.screen(List.of("interpol-test"), flight);
        assertThat(r.status()).isEqualTo(ScreeningStatus.COMPLETE);
        assertThat(r.results()).hasSize(6);
        assertThat(r.results().get(0).matches()).first().satisfies(m -> {
            assertThat(m.entryId()).isEqualTo("MD1");
            assertThat(m.decision()).isEqualTo(MatchDecision.ALERT);
            assertThat(m.explanation()).contains("DOB 1985-03-02 = 1985-03-02 (exact)");
        });
        assertThat(r.results().get(1).matches())
                .extracting(WatchlistMatch::entryId)
                .containsExactly("UA1");
        assertThat(r.results().get(2).matches())
                .extracting(WatchlistMatch::entryId)
                .containsExactly("AZ1");
        assertThat(r.results().get(3).matches())
                .extracting(WatchlistMatch::entryId)
                .containsExactly("AR1");
        assertThat(r.results().get(4).matches()).isEmpty();
        assertThat(r.results().get(5).matches())
                .as("namesake with a DOB 29 years apart")
                .isEmpty();
    }

    @Test
    void finds_a_listed_travel_document_despite_formatting() {
        PersonQuery p =
                new PersonQuery("D1", "SMITH/JOHN MR", null, null, null, Gender.MALE, "GBR", "ab 123-4567", "MDA");
        ScreeningResult r = screening.screen(List.of("interpol-test"), List.of(p));
        assertThat(r.results().getFirst().matches()).first().satisfies(m -> {
            assertThat(m.entryId()).isEqualTo("MD1");
            assertThat(m.type()).isEqualTo(WatchlistMatch.Type.DOCUMENT);
            assertThat(m.decision()).isEqualTo(MatchDecision.ALERT);
        });
    }

    @Test
    void explains_a_document_match_and_lowers_it_to_review_when_the_issuing_countries_differ() {
        List<PersonQuery> travellers = List.of(
                traveller("D2", "AB1234567", "MD"),
                traveller("D3", "ab 123-4567", "ROU"),
                traveller("D4", "AB-1234567", null));
        ScreeningResult r = screening.screen(List.of("interpol-test"), travellers);

        assertThat(r.results().get(0).matches()).singleElement().satisfies(m -> {
            assertThat(m.type()).isEqualTo(WatchlistMatch.Type.DOCUMENT);
            assertThat(m.score()).isEqualTo(1.0);
            assertThat(m.decision()).isEqualTo(MatchDecision.ALERT);
            assertThat(m.matchedName()).isEqualTo("Чобану Ион");
            assertThat(m.explanation())
                    .containsExactly(
                            "score 1.00",
                            "document AB1234567 = AB1234567 [normalized AB1234567]",
                            "issuing country MD = MDA");
        });
        assertThat(r.results().get(1).matches()).singleElement().satisfies(m -> {
            assertThat(m.score()).isEqualTo(0.75);
            assertThat(m.decision()).isEqualTo(MatchDecision.REVIEW);
            assertThat(m.explanation())
                    .containsExactly(
                            "score 0.75",
                            "document ab 123-4567 = AB1234567 [normalized AB1234567]",
                            "issuing country ROU ≠ MDA");
        });
        assertThat(r.results().get(2).matches()).singleElement().satisfies(m -> {
            assertThat(m.score()).isEqualTo(1.0);
            assertThat(m.explanation())
                    .containsExactly(
                            "score 1.00",
                            "document AB-1234567 = AB1234567 [normalized AB1234567]",
                            "issuing country ? = MDA");
        });
    }

    @Test
    void a_document_match_with_another_issuing_country_is_still_reported_for_review() {
        Watchlist strict = new Watchlist("interpol-test", "stricter thresholds", "", "", 0.95, 0.8);
        ScreeningResult r = screening.screenAgainst(List.of(strict), List.of(traveller("D5", "AB1234567", "ROU")));
        assertThat(r.results().getFirst().matches()).singleElement().satisfies(m -> {
            assertThat(m.score()).isEqualTo(0.8);
            assertThat(m.decision()).isEqualTo(MatchDecision.REVIEW);
        });
    }

    /** A traveller known only by a travel document (no name to screen). */
    private static PersonQuery traveller(String id, String documentNumber, String issuingCountry) {
        return new PersonQuery(id, null, null, null, null, Gender.UNKNOWN, null, documentNumber, issuingCountry);
    }

    @Test
    void unknown_list_is_a_caller_error() {
        assertThatThrownBy(
                        () -> screening.screen(List.of("no-such-list"), List.of(passenger("P", "X", "Y", null, null))))
                .isInstanceOf(WatchlistNotFoundException.class)
                .hasMessageContaining("no-such-list");
    }

    @Test
    void reports_degraded_when_elasticsearch_is_unreachable_and_recovers_by_itself() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        ElasticsearchClient dead = ElasticsearchConnector.connect(URI.create("http://127.0.0.1:" + closedPort));
        ScreeningResult r = new WatchlistScreener(dead)
                .screen(List.of("interpol-test"), List.of(passenger("P1", "CIOBANU", "ION", null, null)));
        assertThat(r.status()).isEqualTo(ScreeningStatus.DEGRADED);
        assertThat(r.reason()).contains("unreachable");
        assertThat(r.results())
                .singleElement()
                .satisfies(p -> assertThat(p.id()).isEqualTo("P1"));
        // the same service object screens normally once it talks to a live node: no sticky state
        ScreeningResult ok =
                screening.screen(List.of("interpol-test"), List.of(passenger("P1", "CIOBANU", "ION", null, null)));
        assertThat(ok.status()).isEqualTo(ScreeningStatus.COMPLETE);
        assertThat(ok.results().getFirst().matches()).isNotEmpty();
    }

    @Test
    void reimport_swaps_atomically_while_screening_keeps_serving() throws Exception {
        lists.delete("swap-test");
        lists.createOrUpdate(Watchlist.withDefaults("swap-test", "alias swap"));
        lists.importEntries("swap-test", ImportFormat.CSV, stream(CSV), ImportProgress.NONE);
        StringBuilder big = new StringBuilder("entry_id,names,date_of_birth,gender,nationality,document_number\n");
        big.append("MD1,Чобану Ион|Ion Ciobanu,1985-03-02,M,MDA,\n");
        for (int i = 0; i < 3000; i++) {
            big.append("X").append(i).append(",Person Number").append(i).append(" Filler,1970,M,MDA,\n");
        }
        AtomicBoolean done = new AtomicBoolean();
        List<String> failures = new CopyOnWriteArrayList<>();
        Thread probe = new Thread(() -> {
            while (!done.get()) {
                ScreeningResult r = screening.screen(
                        List.of("swap-test"), List.of(passenger("P1", "CIOBANU", "ION", "1985-03-02", null)));
                if (!r.complete() || r.results().getFirst().matches().isEmpty()) {
                    failures.add(r.status() + " " + r.reason());
                }
            }
        });
        probe.start();
        List<ImportProgressEvent> events = new ArrayList<>();
        ImportReport report = lists.importEntries(
                "swap-test",
                ImportFormat.CSV,
                stream(big.toString()),
                (stage, read, indexed) -> events.add(new ImportProgressEvent(stage, indexed)));
        done.set(true);
        probe.join();
        assertThat(report.imported()).isEqualTo(3001);
        assertThat(lists.size("swap-test")).isEqualTo(3001);
        assertThat(failures).isEmpty();
        assertThat(events)
                .extracting(ImportProgressEvent::stage)
                .contains(ImportProgress.Stage.INDEXING, ImportProgress.Stage.DONE);
        assertThat(client.indices()
                        .get(g -> g.index("piu-watchlist-swap-test-*"))
                        .result())
                .hasSize(1);
    }

    record ImportProgressEvent(ImportProgress.Stage stage, int indexed) {}

    @Test
    void failed_import_keeps_the_previous_version_serving() {
        lists.delete("keep-test");
        lists.createOrUpdate(Watchlist.withDefaults("keep-test", "failed import"));
        lists.importEntries("keep-test", ImportFormat.CSV, stream(CSV), ImportProgress.NONE);
        String allBad =
                "entry_id,names,date_of_birth,gender,nationality,document_number\n,,,,,\nX1,,1985-13-01,M,MDA,\n";
        assertThatThrownBy(
                        () -> lists.importEntries("keep-test", ImportFormat.CSV, stream(allBad), ImportProgress.NONE))
                .isInstanceOfSatisfying(ImportFailedException.class, e -> {
                    assertThat(e.getMessage()).contains("previous version keeps serving");
                    assertThat(e.rejected()).extracting(RejectedRow::row).containsExactly(2, 3);
                });
        assertThat(lists.size("keep-test")).isEqualTo(5);
        ScreeningResult r =
                screening.screen(List.of("keep-test"), List.of(passenger("P1", "CIOBANU", "ION", null, null)));
        assertThat(r.results().getFirst().matches())
                .extracting(WatchlistMatch::entryId)
                .contains("MD1");
    }

    @Test
    void the_serving_state_follows_every_change_at_once_though_it_is_kept_between_screenings() {
        lists.delete("serving-test");
        WatchlistStore.Serving before = lists.serving();
        assertThat(before.lists()).extracting(Watchlist::name).doesNotContain("serving-test");

        lists.createOrUpdate(new Watchlist("serving-test", "kept state", null, null, 0.9, 0.75));
        WatchlistStore.Serving created = lists.serving();
        assertThat(created.lists()).extracting(Watchlist::name).contains("serving-test");
        String firstIndex = created.indexByList().get("serving-test");
        assertThat(firstIndex).startsWith("piu-watchlist-serving-test-");
        assertThat(lists.serving()).isSameAs(created); // unchanged: no round trip to Elasticsearch

        lists.importEntries("serving-test", ImportFormat.CSV, stream(CSV), ImportProgress.NONE);
        assertThat(lists.serving().indexByList().get("serving-test")).isNotEqualTo(firstIndex);
        ScreeningResult r = screening.screenAgainst(
                lists.serving().lists().stream()
                        .filter(w -> w.name().equals("serving-test"))
                        .toList(),
                List.of(passenger("P1", "CIOBANU", "ION", null, null)));
        assertThat(r.results().getFirst().matches())
                .extracting(WatchlistMatch::entryId)
                .contains("MD1");

        lists.delete("serving-test");
        assertThat(lists.serving().lists()).extracting(Watchlist::name).doesNotContain("serving-test");
        assertThat(lists.serving().indexByList()).doesNotContainKey("serving-test");
    }

    @Test
    void lists_and_deletes_watchlists() {
        lists.createOrUpdate(Watchlist.withDefaults("delete-test", "to delete"));
        assertThat(lists.lists()).extracting(Watchlist::name).contains("delete-test", "interpol-test");
        assertThat(lists.find("interpol-test"))
                .get()
                .extracting(Watchlist::legalSource)
                .isEqualTo("Law 123/2026");
        assertThat(lists.delete("delete-test")).isTrue();
        assertThat(lists.find("delete-test")).isEmpty();
        assertThat(lists.delete("delete-test")).isFalse();
    }
}
