package org.piu.targeting.matching.score;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.piu.targeting.matching.importer.CsvEntryReader;
import org.piu.targeting.matching.importer.ImportProgress;
import org.piu.targeting.matching.normalize.NameNormalizer;
import org.piu.targeting.matching.normalize.NameRendering;
import org.piu.targeting.matching.normalize.NameToken;
import org.piu.targeting.matching.watchlist.WatchlistEntry;

/**
 * Real material for property checks: every name of the development watchlist (Moldovan, Ukrainian, Russian,
 * Azerbaijani and Arabic persons in native scripts, with aliases and patronymics), normalized into all their
 * renderings and parts.
 */
final class ListedNames {

    private static final List<NameRendering> RENDERINGS = read();

    private ListedNames() {}

    static List<NameRendering> renderings() {
        return RENDERINGS;
    }

    /** Distinct name parts of all renderings (names, patronymics, Arabic consonant skeletons). */
    static List<NameToken> tokens() {
        Set<NameToken> tokens = new LinkedHashSet<>();
        RENDERINGS.forEach(r -> tokens.addAll(r.tokens()));
        return List.copyOf(tokens);
    }

    private static List<NameRendering> read() {
        try (InputStream in = ListedNames.class.getResourceAsStream("/evaluation/dev-watchlist.csv")) {
            NameNormalizer normalizer = new NameNormalizer();
            List<NameRendering> renderings = new ArrayList<>();
            for (WatchlistEntry e :
                    new CsvEntryReader().read(in, ImportProgress.NONE).entries()) {
                for (String name : e.names()) {
                    renderings.addAll(normalizer.normalize(name).renderings());
                }
            }
            return List.copyOf(renderings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
