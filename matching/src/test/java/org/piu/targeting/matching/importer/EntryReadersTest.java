package org.piu.targeting.matching.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.piu.targeting.matching.watchlist.DateOfBirth;
import org.piu.targeting.matching.watchlist.Gender;
import org.piu.targeting.matching.watchlist.WatchlistEntry;

class EntryReadersTest {

    private static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void csv_imports_good_rows_and_rejects_bad_ones_with_row_numbers() {
        String csv = """
                entry_id,names,date_of_birth,gender,nationality,document_number
                E1,Ion Ciobanu|Чобану Ион,1985-03-02,M,MDA,MDA:AB1234567
                E2,,1970,F,UKR,
                E3,"Petrenko, Oleksandr",1985-02-30,M,UKR,
                E4,Rəşad Əliyev,1979,Q,AZE,
                E1,Duplicate Person,1990,M,MDA,
                E5,Olena Shevchuk,1966-1968,F,UKR|RUS,
                E6,too,few
                """;
        List<int[]> progress = new ArrayList<>();
        ParsedEntries p =
                new CsvEntryReader().read(text(csv), (stage, read, indexed) -> progress.add(new int[] {read}));
        assertThat(p.entries()).extracting(WatchlistEntry::entryId).containsExactly("E1", "E5");
        assertThat(p.rejected()).extracting(RejectedRow::row).containsExactly(3, 4, 5, 6, 8);
        assertThat(p.rejected().get(0).reason()).contains("names is empty");
        assertThat(p.rejected().get(1).reason()).contains("1985-02-30");
        assertThat(p.rejected().get(2).reason()).contains("gender 'Q'");
        assertThat(p.rejected().get(3).reason()).contains("duplicate entry_id E1");
        assertThat(p.rejected().get(4).reason()).contains("expected 6 fields");
        WatchlistEntry e1 = p.entries().getFirst();
        assertThat(e1.names()).containsExactly("Ion Ciobanu", "Чобану Ион");
        assertThat(e1.documents().getFirst().issuingCountry()).isEqualTo("MDA");
        assertThat(p.entries().get(1).datesOfBirth()).containsExactly(DateOfBirth.between(1966, 1968));
        assertThat(p.entries().get(1).nationalities()).containsExactly("UKR", "RUS");
        assertThat(progress).isNotEmpty();
    }

    @Test
    void json_lines_rejects_invalid_json_and_missing_ids_by_line() {
        String jsonl = """
                {"entryId":"J1","names":["Ион Чобану","Ion Ciobanu"],"dateOfBirth":"1985-03-02","gender":"M","nationalities":["MDA"],"documents":[{"type":"P","number":"AB123456","issuingCountry":"MDA"}]}
                {"names":["No Id"]}
                {not json
                {"entryId":"J2","name":"Rəşad Əliyev","datesOfBirth":["1979","1980"]}
                """;
        ParsedEntries p = new JsonLinesEntryReader().read(text(jsonl), ImportProgress.NONE);
        assertThat(p.entries()).extracting(WatchlistEntry::entryId).containsExactly("J1", "J2");
        assertThat(p.rejected()).extracting(RejectedRow::row).containsExactly(2, 3);
        assertThat(p.rejected().get(0).reason()).contains("entryId is missing");
        assertThat(p.rejected().get(1).reason()).contains("invalid JSON");
        assertThat(p.entries().get(1).datesOfBirth()).hasSize(2);
    }

    @Test
    void un_consolidated_list_reads_individuals_with_aliases_dates_and_documents() {
        ParsedEntries p = new UnConsolidatedListReader()
                .read(getClass().getResourceAsStream("/importer/un-consolidated-sample.xml"), ImportProgress.NONE);
        assertThat(p.entries()).extracting(WatchlistEntry::entryId).containsExactly("QDi.901", "KPi.902", "QDi.905");
        WatchlistEntry first = p.entries().getFirst();
        assertThat(first.names())
                .containsExactly(
                        "ABDUL RAHMAN YUSUF AL-KHATIB",
                        "عبد الرحمن يوسف الخطيب",
                        "Abdulrahman al-Khateeb",
                        "Abu Yusuf");
        assertThat(first.datesOfBirth()).containsExactly(DateOfBirth.of(1971, 4, 9));
        assertThat(first.documents().getFirst().number()).isEqualTo("N 0123456");
        assertThat(first.nationalities()).containsExactly("Syrian Arab Republic");
        assertThat(p.entries().get(1).datesOfBirth())
                .containsExactly(DateOfBirth.ofYear(1966), DateOfBirth.between(1965, 1968));
        assertThat(p.entries().get(2).gender()).isEqualTo(Gender.MALE);
        assertThat(p.rejected()).extracting(RejectedRow::row).containsExactly(3, 4);
        assertThat(p.rejected().get(0).reason()).contains("no FIRST_NAME");
        assertThat(p.rejected().get(1).reason()).contains("invalid date of birth");
    }

    @Test
    void media_types_select_the_reader() {
        assertThat(ImportFormat.fromMediaType("text/csv; charset=utf-8")).isEqualTo(ImportFormat.CSV);
        assertThat(ImportFormat.fromMediaType("application/x-ndjson")).isEqualTo(ImportFormat.JSON_LINES);
        assertThat(ImportFormat.fromMediaType("application/xml")).isEqualTo(ImportFormat.UN_XML);
    }
}
