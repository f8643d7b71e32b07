package org.piu.targeting.workbench.watchlist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.piu.targeting.matching.importer.ImportFormat;

class WatchlistImportTest {

    @Test
    void picks_the_watchlist_import_format_from_the_file_name() {
        assertThat(WatchlistsView.formatOf("un-consolidated.xml")).isEqualTo(ImportFormat.UN_XML);
        assertThat(WatchlistsView.formatOf("interpol.JSONL")).isEqualTo(ImportFormat.JSON_LINES);
        assertThat(WatchlistsView.formatOf("national.csv")).isEqualTo(ImportFormat.CSV);
    }
}
