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
import org.piu.targeting.matching.score.evidence.DateOfBirthComparison;
import org.piu.targeting.matching.score.evidence.DateOfBirthEvidence;
import org.piu.targeting.matching.score.evidence.DocumentEvidence;
import org.piu.targeting.matching.score.evidence.Finding;
import org.piu.targeting.matching.score.evidence.GenderEvidence;
import org.piu.targeting.matching.score.evidence.NationalityEvidence;
import org.piu.targeting.matching.score.evidence.ScoringWeights;
import org.piu.targeting.matching.watchlist.PersonQuery;
import org.piu.targeting.matching.watchlist.WatchlistEntry;

/**
 * Scores a person against a watchlist entry: the best name alignment over all list names and renderings, then
 * the evidence of dates of birth, gender and nationality ({@code score.evidence}), giving a score in 0..1 and an
 * explanation; or a match by travel document alone. Thread-safe.
 *
 * <p>This class only composes: a name score is already a similarity in 0..1 whose 0.70/0.86 points separate
 * "possibly the same name" from "the same name written differently"; each kind of evidence then moves it by the
 * weights in {@link ScoringWeights}, where the calibration is written down.
 */
public final class MatchScorer {

    private static final int CACHE_LIMIT = 200_000;

    private final NameNormalizer normalizer;
    private final NameAlignment alignment;
    private final DateOfBirthEvidence dateOfBirth;
    private final GenderEvidence gender;
    private final NationalityEvidence nationality;
    private final DocumentEvidence document;
    private final Map<String, NormalizedName> cache = new ConcurrentHashMap<>();

    public MatchScorer() {
        this(new NameNormalizer(), GivenNameEquivalences.builtIn());
    }

    public MatchScorer(NameNormalizer normalizer, GivenNameEquivalences equivalences) {
        this(normalizer, equivalences, ScoringWeights.defaults());
    }

    public MatchScorer(NameNormalizer normalizer, GivenNameEquivalences equivalences, ScoringWeights weights) {
        this.normalizer = normalizer;
        this.alignment = new NameAlignment(new TokenSimilarity(equivalences));
        this.dateOfBirth = new DateOfBirthEvidence(weights);
        this.gender = new GenderEvidence(weights);
        this.nationality = new NationalityEvidence(weights);
        this.document = new DocumentEvidence(weights);
    }

    /** The passenger's name, normalized once per screening. */
    public NormalizedName normalizeQuery(PersonQuery q) {
        if (q.surname() != null && !q.surname().isBlank()) {
            return normalizer.normalize(q.surname(), q.givenNames());
        }
        if (q.name() != null && !q.name().isBlank()) {
            return normalizer.normalize(q.name());
        }
        return normalizer.normalize(null, q.givenNames());
    }

    /** A list name, normalized and cached (list names recur across the passengers of a flight). */
    public NormalizedName normalizeListName(String name) {
        NormalizedName n = cache.get(name);
        if (n == null) {
            if (cache.size() > CACHE_LIMIT) {
                cache.clear();
            }
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
        if (best == null) {
            return new ScoredMatch(0, 0, "", List.of("no comparable name"));
        }
        double name = best.aligned.score();
        DateOfBirthComparison dates = DateOfBirthComparison.compare(query.dateOfBirth(), entry.datesOfBirth());
        List<Finding> findings = List.of(
                dateOfBirth.weigh(dates, name),
                gender.weigh(query.gender(), entry.gender()),
                nationality.weigh(query.nationality(), entry.nationalities(), dates.contradicts()));
        // steps[i] is the score before finding i, steps[i + 1] after it: the explanation shows each one's effect
        double[] steps = new double[findings.size() + 1];
        steps[0] = name;
        for (int i = 0; i < findings.size(); i++) {
            steps[i + 1] = findings.get(i).applyTo(steps[i]);
        }
        double s = Math.max(0, Math.min(1, steps[findings.size()]));
        steps[findings.size()] = s;
        if (s < explainFrom) {
            return new ScoredMatch(s, name, best.listedName, List.of());
        }

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
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (f.explained()) {
                why.add(f.explanation() + delta(steps[i], steps[i + 1]));
            }
        }
        return new ScoredMatch(s, name, best.listedName, why);
    }

    /**
     * A match by travel document alone, when a listed document has the passenger's number: score 1, lowered when
     * the issuing countries differ, but never below {@code reviewThreshold} (a listed document number is always
     * worth a reviewer's look). Empty when no listed document has the number.
     */
    public Optional<ScoredMatch> scoreDocument(PersonQuery query, WatchlistEntry entry, double reviewThreshold) {
        String number = query.documentNumber();
        if (number == null || number.isBlank()) {
            return Optional.empty();
        }
        return document.sameNumber(number, entry.documents()).map(listed -> {
            Finding same = document.number(number, listed);
            Finding country = document.issuingCountry(query.documentIssuingCountry(), listed);
            double score = country.applyTo(same.applyTo(0));
            if (country.effect() == Finding.Effect.CONTRADICTS) {
                score = Math.max(reviewThreshold, score);
            }
            List<String> why = new ArrayList<>();
            why.add(String.format(Locale.ROOT, "score %.2f", score));
            why.add(same.explanation());
            if (country.explained()) {
                why.add(country.explanation());
            }
            return new ScoredMatch(score, 0, entry.primaryName().orElse(""), why);
        });
    }

    private static String delta(double before, double after) {
        double d = after - before;
        if (Math.abs(d) < 0.005) {
            return "";
        }
        return String.format(Locale.ROOT, " [%+.2f]", d);
    }

    private static String role(NameToken q, NameToken c) {
        if (q.role() == NameToken.Role.SURNAME || c.role() == NameToken.Role.SURNAME) {
            return "surname";
        }
        if (q.kind() == NameToken.Kind.PATRONYMIC) {
            return "patronymic";
        }
        if (q.role() == NameToken.Role.GIVEN) {
            return "given name";
        }
        return "name part";
    }

    private static String texts(List<NameToken> tokens) {
        StringBuilder sb = new StringBuilder();
        for (NameToken t : tokens) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
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
                    if (sameScript && !qr.system().equals(cr.system())) {
                        continue;
                    }
                    NameAlignment.Aligned a = alignment.align(qr, cr);
                    if (best == null || a.score() > best.aligned.score() + 1e-9) {
                        best = new Best(a, listed);
                    }
                }
            }
        }
        return best;
    }
}
