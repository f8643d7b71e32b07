package org.piu.targeting.matching.watchlist.store;

import java.util.List;
import org.piu.targeting.matching.MatchingException;
import org.piu.targeting.matching.importer.RejectedRow;

/** An import that did not replace the list (the previous version keeps serving), with the rows rejected so far. */
public class ImportFailedException extends MatchingException {
    private final transient List<RejectedRow> rejected;

    public ImportFailedException(String message, List<RejectedRow> rejected, Throwable cause) {
        super(message, cause);
        this.rejected = List.copyOf(rejected);
    }

    public List<RejectedRow> rejected() {
        return rejected;
    }
}
