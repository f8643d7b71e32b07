package org.piu.targeting.matching.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.piu.targeting.matching.normalize.GivenNameEquivalences;
import org.piu.targeting.matching.normalize.NameNormalizer;
import org.piu.targeting.matching.normalize.NameRendering;
import org.piu.targeting.matching.normalize.NameToken;
import org.piu.targeting.matching.normalize.NormalizedName;
import org.piu.targeting.matching.watchlist.Gender;
import org.piu.targeting.matching.watchlist.PersonQuery;
import org.piu.targeting.matching.watchlist.WatchlistEntry;
import org.piu.targeting.model.Countries;

/**
 * Scores a person against a watchlist entry: the best name alignment over all list names and renderings, then
 * date-of-birth, gender and nationality evidence, giving a score in 0..1 and an explanation. Thread-safe.
 *
 * <p>Calibration (see README): a name score is already a similarity in 0..1 whose 0.70/0.86 points separate
 * "possibly the same name" from "the same name written differently"; supporting evidence closes part of the gap
 * to 1 (an exact full date of birth half of it), contradicting evidence scales the score down (dates years apart
 * by 0.85 (2-3 years) down to 0.65 (8 years or more), so an identical name with a DOB a decade away stays below the review threshold).
 */
public final class MatchScorer {

    private static final int CACHE_LIMIT = 200_000;

    private final NameNormalizer normalizer;
    private final NameAlignment alignment;
    private final Map<String, NormalizedName> cache = new ConcurrentHashMap<>();

    public MatchScorer() {
        this(new NameNormalizer(), GivenNameEquivalences.builtIn());
    }

    public MatchScorer(NameNormalizer normalizer, GivenNameEquivalences equivalences) {
        this.normalizer = normalizer;
        this.alignment = new NameAlignment(new TokenSimilarity(equivalences));
    }

    /** The passenger's name, normalized once per screening. */
    public NormalizedName normalizeQuery(PersonQuery q) {
        if (q.surname() != null && !q.surname().isBlank()) return normalizer.normalize(q.surname(), q.givenNames());
        if (q.name() != null && !q.name().isBlank()) return normalizer.normalize(q.name());
        return normalizer.normalize(null, q.givenNames());
    }

    /** A list name, normalized and cached (list names recur across the passengers of a flight). */
    public NormalizedName normalizeListName(String name) {
        NormalizedName n = cache.get(name);
        if (n == null) {
            if (cache.size() > CACHE_LIMIT) cache.clear();
            n = normalizer.normalize(name);
            cache.put(name, n);
        }
        return n;
    }

    /** Name-only similarity of two free-form names in 0..1 (the pairwise evaluation mode). */
    public double nameSimilarity(String query, String listed) {
        Best b = bestName(normalizer.normalize(query), List.of(listed));
        return b == null ? 0 : b.aligned.score();
    }

    public ScoredMatch score(PersonQuery query, WatchlistEntry entry) {
        return score(query, normalizeQuery(query), entry);
    }

    public ScoredMatch score(PersonQuery query, NormalizedName queryName, WatchlistEntry entry) {
        return score(query, queryName, entry, 0);
    }

    /**
     * Scores and explains; the explanation is only written when the score reaches {@code explainFrom} (screening
     * passes the review threshold: nobody reads the explanation of a match that is not reported).
     */
    public ScoredMatch score(PersonQuery query, NormalizedName queryName, WatchlistEntry entry, double explainFrom) {
        Best best = bestName(queryName, entry.names());
        if (best == null) return new ScoredMatch(0, 0, "", List.of("no comparable name"));
        double name = best.aligned.score();
        double s = name;
        // date of birth
        DateOfBirthComparison dob = DateOfBirthComparison.compare(query.dateOfBirth(), entry.datesOfBirth());
        double beforeDob = s;
        s = switch (dob.kind()) {
            case EXACT -> name >= 0.6 ? s + (1 - s) * 0.5 : s;
            case SAME_YEAR_MONTH, SAME_YEAR, IN_RANGE -> name >= 0.6 ? s + (1 - s) * 0.25 : s;
            case SWAPPED_DAY_MONTH, ONE_DIGIT -> name >= 0.6 ? s + (1 - s) * 0.15 : s;
            case NEAR -> s * 0.96;
            case SAME_YEAR_OTHER_DAY -> s * 0.85;
            // listed dates are often approximate: a few years apart weighs less than decades apart
            case CONFLICT -> s * conflictFactor(dob.yearsApart());
            case UNKNOWN -> s;
        };
        double afterDob = s;
        // gender
        Gender g = query.gender();
        boolean genderKnown = g != Gender.UNKNOWN && entry.gender() != Gender.UNKNOWN;
        if (genderKnown && g != entry.gender()) s *= 0.85;
        double afterGender = s;
        // nationality
        Optional<String> qn = Countries.alpha2OfNationality(query.nationality());
        boolean nationalityKnown = false;
        boolean sameNationality = false;
        if (qn.isPresent()) {
            for (String n : entry.nationalities()) {
                Optional<String> en = Countries.alpha2OfNationality(n);
                if (en.isPresent()) {
                    nationalityKnown = true;
                    sameNationality |= en.get().equals(qn.get());
                }
            }
            boolean dobConflict = dob.kind() == DateOfBirthComparison.Kind.CONFLICT
                    || dob.kind() == DateOfBirthComparison.Kind.SAME_YEAR_OTHER_DAY;
            if (nationalityKnown) s = sameNationality ? (dobConflict ? s : s + (1 - s) * 0.1) : s * 0.95;
        }
        s = Math.max(0, Math.min(1, s));
        if (s < explainFrom) return new ScoredMatch(s, name, best.listedName, List.of());

        List<String> why = new ArrayList<>();
        why.add(String.format(Locale.ROOT, "score %.2f", s));
        why.add(String.format(
                Locale.ROOT,
                "name %s ≈ %s (%.2f%s)",
                queryName.original().toUpperCase(Locale.ROOT),
                best.listedName,
                name,
                best.aligned.candidate().system().equals("as written")
                        ? ""
                        : ", " + best.aligned.candidate().system()));
        for (AlignedPart p : best.aligned.parts()) {
            why.add(String.format(
                    Locale.ROOT,
                    "%s %s %s %s (%s, %.2f)",
                    role(p.query(), p.candidate()),
                    p.query().text().toUpperCase(Locale.ROOT),
                    p.match().similarity() >= 0.999 ? "=" : "≈",
                    p.candidate().text().toUpperCase(Locale.ROOT),
                    p.match().kind().label(),
                    p.match().similarity()));
        }
        if (!best.aligned.unmatchedQuery().isEmpty()) {
            why.add("passenger name part(s) not on list name: " + texts(best.aligned.unmatchedQuery()));
        }
        if (!best.aligned.unmatchedCandidate().isEmpty()) {
            why.add("list name part(s) missing in passenger name: " + texts(best.aligned.unmatchedCandidate()));
        }
        why.add(dob.describe() + delta(beforeDob, afterDob));
        if (genderKnown)
            why.add("gender " + g + (g == entry.gender() ? " = " : " ≠ ") + entry.gender()
                    + delta(afterDob, afterGender));
        if (nationalityKnown) {
            why.add("nationality " + query.nationality() + (sameNationality ? " = " : " ≠ ")
                    + String.join("/", entry.nationalities()) + delta(afterGender, s));
        }
        return new ScoredMatch(s, name, best.listedName, why);
    }

    static double conflictFactor(int yearsApart) {
        if (yearsApart <= 3) return 0.85;
        if (yearsApart <= 5) return 0.78;
        if (yearsApart <= 7) return 0.72;
        return 0.65;
    }

    private static String delta(double before, double after) {
        double d = after - before;
        if (Math.abs(d) < 0.005) return "";
        return String.format(Locale.ROOT, " [%+.2f]", d);
    }

    private static String role(NameToken q, NameToken c) {
        if (q.role() == NameToken.Role.SURNAME || c.role() == NameToken.Role.SURNAME) return "surname";
        if (q.kind() == NameToken.Kind.PATRONYMIC) return "patronymic";
        if (q.role() == NameToken.Role.GIVEN) return "given name";
        return "name part";
    }

    private static String texts(List<NameToken> tokens) {
        StringBuilder sb = new StringBuilder();
        for (NameToken t : tokens) {
            if (!sb.isEmpty()) sb.append(' ');
            sb.append(t.text().toUpperCase(Locale.ROOT));
        }
        return sb.toString();
    }

    private record Best(NameAlignment.Aligned aligned, String listedName) {}

    private Best bestName(NormalizedName query, List<String> listedNames) {
        Best best = null;
        Character.UnicodeScript queryScript = NameNormalizer.scriptOf(query.original());
        for (String listed : listedNames) {
            NormalizedName c = normalizeListName(listed);
            // same non-Latin script on both sides: compare like with like, not one romanization with another
            boolean sameScript =
                    queryScript != Character.UnicodeScript.LATIN && queryScript == NameNormalizer.scriptOf(listed);
            for (NameRendering qr : query.renderings()) {
                for (NameRendering cr : c.renderings()) {
                    if (sameScript && !qr.system().equals(cr.system())) continue;
                    NameAlignment.Aligned a = alignment.align(qr, cr);
                    if (best == null || a.score() > best.aligned.score() + 1e-9) best = new Best(a, listed);
                }
            }
        }
        return best;
    }
}
