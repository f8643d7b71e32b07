package org.piu.targeting.workbench.watchlist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.piu.targeting.matching.importer.ImportFormat;

class WatchlistImportPanelTest {

    @Test
    void picks_the_watchlist_import_format_from_the_file_name() {
        assertThat(WatchlistImportPanel.formatOf("un-consolidated.xml")).isEqualTo(ImportFormat.UN_XML);
        assertThat(WatchlistImportPanel.formatOf("interpol.JSONL")).isEqualTo(ImportFormat.JSON_LINES);
        assertThat(WatchlistImportPanel.formatOf("national.csv")).isEqualTo(ImportFormat.CSV);
    }
}
