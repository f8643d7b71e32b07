package org.piu.targeting.matching.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.piu.targeting.model.docs.Docs;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The examples of {@code docs/formats/watchlists.md} import as the page says they do. */
class DocumentedImportFormatsTest {

    private static final ImportProgress QUIET = (stage, rows, indexed) -> {};

    @Test
    void the_documented_csv_json_lines_and_un_xml_import_without_a_rejected_row() {
        assertImportsCleanly(new CsvEntryReader(), example("watchlist-csv"), 4);
        assertImportsCleanly(new JsonLinesEntryReader(), example("watchlist-jsonl"), 3);
        assertImportsCleanly(new UnConsolidatedListReader(), example("un-xml"), 1);
    }

    @Test
    void the_documented_bad_csv_rows_are_rejected_with_the_documented_reasons() {
        ParsedEntries parsed = read(new CsvEntryReader(), example("watchlist-csv-rejected"));
        List<RejectedRow> documented = JsonMapper.builder()
                .build()
                .readValue(example("watchlist-csv-rejected-rows"), new TypeReference<>() {});

        assertThat(parsed.rejected()).containsExactlyElementsOf(documented);
        assertThat(parsed.entries()).singleElement().satisfies(e -> {
            assertThat(e.entryId()).isEqualTo("W-1");
            assertThat(e.datesOfBirth()).hasToString("[1985-03-02]");
        });
    }

    private static void assertImportsCleanly(EntryReader reader, String text, int entries) {
        ParsedEntries parsed = read(reader, text);
        assertThat(parsed.rejected()).isEmpty();
        assertThat(parsed.entries()).hasSize(entries);
    }

    private static ParsedEntries read(EntryReader reader, String text) {
        return reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), QUIET);
    }

    private static String example(String kind) {
        return Docs.example("formats/watchlists.md", kind);
    }
}
