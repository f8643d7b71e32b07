package org.piu.targeting.matching.score.evidence;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.piu.targeting.matching.document.DocumentNumber;
import org.piu.targeting.matching.watchlist.ListedDocument;
import org.piu.targeting.model.Countries;

/**
 * Travel-document evidence: the same canonical document number is by itself enough to report a match, whatever
 * the names say; issuing countries known on both sides and different weaken it (two countries can issue the same
 * number).
 */
public final class DocumentEvidence {

    private final ScoringWeights weights;

    public DocumentEvidence(ScoringWeights weights) {
        this.weights = weights;
    }

    /** The first listed document with the passenger's number, compared in canonical form ({@link DocumentNumber}). */
    public Optional<ListedDocument> sameNumber(String number, List<ListedDocument> listed) {
        return listed.stream()
                .filter(d -> DocumentNumber.same(number, d.number()))
                .findFirst();
    }

    /** The number itself: it earns the document weight from nothing, e.g. "document ab 123 = AB123 (P) [normalized AB123]". */
    public Finding number(String number, ListedDocument listed) {
        return Finding.supports(
                weights.documentNumber(),
                () -> "document " + number + " = " + listed.number()
                        + (listed.type().isEmpty() ? "" : " (" + listed.type() + ")")
                        + " [normalized " + DocumentNumber.canonical(listed.number()) + "]");
    }

    /**
     * The issuing countries (ISO alpha-2 or alpha-3 on either side): different ones contradict, the same or one
     * unknown leave the number's weight as it is; nothing to say when neither side names one.
     */
    public Finding issuingCountry(String country, ListedDocument listed) {
        String passenger = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        String issuer = listed.issuingCountry();
        if (passenger.isEmpty() && issuer.isEmpty()) {
            return Finding.NONE;
        }
        boolean conflict = !passenger.isEmpty() && !issuer.isEmpty() && !sameCountry(passenger, issuer);
        String line = "issuing country " + (passenger.isEmpty() ? "?" : passenger) + (conflict ? " ≠ " : " = ")
                + (issuer.isEmpty() ? "?" : issuer);
        return conflict
                ? Finding.contradicts(weights.documentCountryConflict(), () -> line)
                : Finding.neutral(() -> line);
    }

    private static boolean sameCountry(String a, String b) {
        if (a.equalsIgnoreCase(b)) {
            return true;
        }
        Optional<String> x = Countries.alpha3(a);
        return x.isPresent() && x.equals(Countries.alpha3(b));
    }
}
