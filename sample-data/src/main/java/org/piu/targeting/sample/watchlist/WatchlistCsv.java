package org.piu.targeting.sample.watchlist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.piu.targeting.matching.watchlist.DateOfBirth;
import org.piu.targeting.matching.watchlist.Gender;
import org.piu.targeting.matching.watchlist.ListedDocument;
import org.piu.targeting.matching.watchlist.WatchlistEntry;

/**
 * Writes watchlist entries in the watchlist CSV of docs/formats/watchlists.md ({@code entry_id,names,date_of_birth,gender,nationality,
 * document_number}; several names, dates, nationalities or documents separated by {@code |}; documents as
 * {@code ISSUER:NUMBER}), quoting fields as RFC 4180 requires. Streams: nothing is held in memory.
 */
public final class WatchlistCsv {

    public static final String HEADER = "entry_id,names,date_of_birth,gender,nationality,document_number";

    private WatchlistCsv() {}

    /** Writes the header and every entry of the stream; returns the number of entries written. */
    public static long write(Stream<WatchlistEntry> entries, Writer out) {
        try {
            out.write(HEADER);
            out.write('\n');
            long n = 0;
            Iterator<WatchlistEntry> it = entries.iterator();
            while (it.hasNext()) {
                out.write(row(it.next()));
                out.write('\n');
                n++;
            }
            out.flush();
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write watchlist CSV: " + e.getMessage(), e);
        }
    }

    /** The whole CSV as text, for small lists. */
    public static String toCsv(Iterable<WatchlistEntry> entries) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        entries.forEach(e -> sb.append(row(e)).append('\n'));
        return sb.toString();
    }

    /** One data row, without line break. */
    public static String row(WatchlistEntry e) {
        String gender = e.gender() == Gender.MALE ? "M" : e.gender() == Gender.FEMALE ? "F" : "";
        return String.join(
                ",",
                field(e.entryId()),
                field(String.join("|", e.names())),
                field(e.datesOfBirth().stream().map(DateOfBirth::toString).collect(Collectors.joining("|"))),
                gender,
                field(String.join("|", e.nationalities())),
                field(e.documents().stream().map(WatchlistCsv::document).collect(Collectors.joining("|"))));
    }

    private static String document(ListedDocument d) {
        return d.issuingCountry().isEmpty() ? d.number() : d.issuingCountry() + ":" + d.number();
    }

    private static String field(String s) {
        boolean quote = s.indexOf(',') >= 0
                || s.indexOf('"') >= 0
                || s.indexOf('\n') >= 0
                || s.indexOf('\r') >= 0
                || (!s.isEmpty()
                        && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1))));
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
