package org.piu.targeting.matching.score;

import java.util.ArrayList;
import java.util.List;
import org.piu.targeting.matching.normalize.NameRendering;
import org.piu.targeting.matching.normalize.NameToken;

/**
 * Order-free alignment of the parts of two names and the resulting name similarity in 0..1.
 *
 * <p>Parts are paired greedily by decreasing similarity (names have few parts; greedy equals the optimal
 * assignment in practice). Adjacent parts may be joined when that matches better ("Alisher Usmanov" /
 * "AlisherUsmanov"). The score is the weighted mean similarity of the pairs, where unpaired parts on
 * <em>both</em> sides count as a substitution (a different name: full weight) and parts present on one side
 * only (a middle name, patronymic or nisbah the other source omits) count mildly.
 */
public final class NameAlignment {

    static final double MIN_PAIR = 0.70;
    static final double EXTRA_QUERY_WEIGHT = 0.22;
    static final double EXTRA_CANDIDATE_WEIGHT = 0.16;
    static final double SUBSTITUTION_WEIGHT = 2.5;

    private final TokenSimilarity similarity;

    public NameAlignment(TokenSimilarity similarity) {
        this.similarity = similarity;
    }

    /** The alignment of a passenger rendering with a list rendering. */
    public Aligned align(NameRendering query, NameRendering candidate) {
        boolean transliterated =
                !query.system().equals("as written") || !candidate.system().equals("as written");
        List<NameToken> q = new ArrayList<>(query.tokens());
        List<NameToken> c = new ArrayList<>(candidate.tokens());
        boolean joined = join(q, c, transliterated) | join(c, q, transliterated);
        int n = q.size();
        int m = c.size();
        TokenMatch[][] sims = new TokenMatch[n][m];
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                sims[i][j] = similarity.compare(q.get(i), c.get(j), transliterated);
                if (sims[i][j].similarity() >= MIN_PAIR) {
                    pairs.add(new int[] {i, j});
                }
            }
        }
        // strongest pairs first; on ties keep the original order (i == j first)
        pairs.sort((x, y) -> {
            int cmp = Double.compare(sims[y[0]][y[1]].similarity(), sims[x[0]][x[1]].similarity());
            if (cmp != 0) {
                return cmp;
            }
            return Integer.compare(Math.abs(x[0] - x[1]), Math.abs(y[0] - y[1]));
        });
        boolean[] usedQ = new boolean[n];
        boolean[] usedC = new boolean[m];
        List<AlignedPart> parts = new ArrayList<>();
        for (int[] p : pairs) {
            if (usedQ[p[0]] || usedC[p[1]]) {
                continue;
            }
            usedQ[p[0]] = true;
            usedC[p[1]] = true;
            parts.add(new AlignedPart(q.get(p[0]), c.get(p[1]), sims[p[0]][p[1]]));
        }
        List<NameToken> extraQ = new ArrayList<>();
        List<NameToken> extraC = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!usedQ[i]) {
                extraQ.add(q.get(i));
            }
        }
        for (int j = 0; j < m; j++) {
            if (!usedC[j]) {
                extraC.add(c.get(j));
            }
        }
        double matched = 0;
        double matchedWeight = 0;
        for (AlignedPart p : parts) {
            double w = (weight(p.query()) + weight(p.candidate())) / 2;
            matched += w * credit(p.match().similarity());
            matchedWeight += w;
        }
        double wq = 0;
        double wc = 0;
        for (NameToken t : extraQ) {
            wq += weight(t);
        }
        for (NameToken t : extraC) {
            wc += weight(t);
        }
        double substituted = Math.min(wq, wc);
        int subCount = Math.min(extraQ.size(), extraC.size());
        double denominator = matchedWeight
                + SUBSTITUTION_WEIGHT * substituted
                + extraPenalty(wq - substituted, extraQ.size() - subCount, EXTRA_QUERY_WEIGHT)
                + extraPenalty(wc - substituted, extraC.size() - subCount, EXTRA_CANDIDATE_WEIGHT);
        double score = denominator == 0 ? 0 : matched / denominator;
        // a name that matches only through initials is not a name match
        if (parts.stream().allMatch(p -> p.match().kind() == TokenMatch.Kind.INITIAL)) {
            score *= 0.5;
        }
        return new Aligned(score, parts, extraQ, extraC, query, candidate, joined);
    }

    /**
     * Credit for a pair: identical and spelling-equivalent parts count fully; the credit then falls twice as fast
     * as the similarity, because two parts at 0.80 are usually different names (Castro/Castillo), not typos.
     */
    static double credit(double similarity) {
        return similarity >= 0.95 ? similarity : Math.max(0, 0.95 - 1.9 * (0.95 - similarity));
    }

    /** Penalty mass of parts present on one side only: mild for one, growing for several. */
    static double extraPenalty(double weight, int count, double perPart) {
        return perPart * weight + (count > 1 ? 0.15 * (count - 1) * weight : 0);
    }

    static double weight(NameToken t) {
        return switch (t.kind()) {
            case INITIAL -> 0.35;
            case PATRONYMIC -> 0.5;
            case NAME -> t.text().length() <= 2 ? 0.6 : 1.0;
        };
    }

    /** Joins adjacent parts of {@code side} where the joined form matches a part of {@code other} better. */
    private boolean join(List<NameToken> side, List<NameToken> other, boolean transliterated) {
        boolean changed = false;
        for (int i = 0; i + 1 < side.size(); i++) {
            NameToken a = side.get(i);
            NameToken b = side.get(i + 1);
            if (a.kind() == NameToken.Kind.INITIAL || b.kind() == NameToken.Kind.INITIAL) {
                continue;
            }
            int gluedLength = a.text().length() + b.text().length();
            NameToken glued = null;
            for (NameToken o : other) {
                // cheap filter first: the joined form must be about as long as the other part and start like it
                int slack =
                        a.abjad() || o.abjad() ? 6 : 3; // unvocalized Arabic is much shorter than its Latin spelling
                if (Math.abs(o.text().length() - gluedLength) > slack
                        || o.key().isEmpty()
                        || a.key().isEmpty()
                        || o.key().charAt(0) != a.key().charAt(0)) {
                    continue;
                }
                if (glued == null) {
                    glued = NameToken.of(a.text() + b.text(), a.role(), a.abjad());
                }
                double g = similarity.compare(glued, o, transliterated).similarity();
                if (g < 0.88) {
                    continue;
                }
                double sa = similarity.compare(a, o, transliterated).similarity();
                double sb = similarity.compare(b, o, transliterated).similarity();
                if (g > Math.max(sa, sb) + 0.05) {
                    side.set(i, glued);
                    side.remove(i + 1);
                    changed = true;
                    break;
                }
            }
        }
        return changed;
    }

    /** Result of one alignment. */
    public record Aligned(
            double score,
            List<AlignedPart> parts,
            List<NameToken> unmatchedQuery,
            List<NameToken> unmatchedCandidate,
            NameRendering query,
            NameRendering candidate,
            boolean joined) {}
}
