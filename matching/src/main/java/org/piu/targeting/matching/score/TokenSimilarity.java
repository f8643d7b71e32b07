package org.piu.targeting.matching.score;

import org.piu.targeting.matching.normalize.GivenNameEquivalences;
import org.piu.targeting.matching.normalize.NameToken;

/**
 * Similarity of two name parts, aware of romanization noise (phonetic keys, consonant skeletons for
 * unvocalized Arabic), typing and OCR noise (confusable edit distance), cognate given names and initials.
 */
public final class TokenSimilarity {

    private final GivenNameEquivalences equivalences;

    public TokenSimilarity(GivenNameEquivalences equivalences) {
        this.equivalences = equivalences;
    }

    public TokenMatch compare(NameToken q, NameToken c, boolean transliterated) {
        if ((q.kind() == NameToken.Kind.PATRONYMIC) != (c.kind() == NameToken.Kind.PATRONYMIC)) {
            if (q.kind() != NameToken.Kind.INITIAL && c.kind() != NameToken.Kind.INITIAL) return TokenMatch.NONE;
        }
        if (q.kind() == NameToken.Kind.INITIAL || c.kind() == NameToken.Kind.INITIAL) {
            if (q.text().charAt(0) == c.text().charAt(0)) {
                return q.text().equals(c.text()) ? new TokenMatch(1.0, TokenMatch.Kind.EXACT) : new TokenMatch(0.8, TokenMatch.Kind.INITIAL);
            }
            if (q.key().charAt(0) == c.key().charAt(0)) return new TokenMatch(0.72, TokenMatch.Kind.INITIAL);
            return TokenMatch.NONE;
        }
        if (q.text().equals(c.text())) {
            return new TokenMatch(1.0, transliterated ? TokenMatch.Kind.TRANSLITERATION : TokenMatch.Kind.EXACT);
        }
        if (q.key().equals(c.key())) {
            return new TokenMatch(0.95, transliterated ? TokenMatch.Kind.TRANSLITERATION : TokenMatch.Kind.SPELLING);
        }
        double best;
        TokenMatch.Kind kind;
        if (q.abjad() || c.abjad()) {
            String a = q.skeleton();
            String b = c.skeleton();
            if (a.length() >= 2 && b.length() >= 2) {
                best = a.equals(b) ? 0.93 : 0.93 * ConfusableEditDistance.similarity(a, b);
                kind = TokenMatch.Kind.CONSONANTS;
            } else {
                best = 0.9 * ConfusableEditDistance.similarity(q.key(), c.key());
                kind = TokenMatch.Kind.TRANSLITERATION;
            }
        } else {
            double raw = ConfusableEditDistance.similarity(q.text(), c.text());
            double key = 0.97 * ConfusableEditDistance.similarity(q.key(), c.key());
            best = Math.max(raw, key);
            kind = transliterated ? TokenMatch.Kind.TRANSLITERATION : TokenMatch.Kind.TYPO;
            // glued Arabic article: Alrashid / Rashid
            String qa = stripArticle(q.key());
            String ca = stripArticle(c.key());
            if (qa != q.key() || ca != c.key()) {
                double art = 0.96 * ConfusableEditDistance.similarity(qa, ca);
                if (art > best) {
                    best = art;
                    kind = TokenMatch.Kind.SPELLING;
                }
            }
        }
        if (best < 0.9 && equivalences.equivalent(q, c)) {
            return new TokenMatch(0.9, TokenMatch.Kind.COGNATE);
        }
        return new TokenMatch(best, kind);
    }

    private static String stripArticle(String key) {
        if (key.length() > 5 && (key.startsWith("al") || key.startsWith("el"))) return key.substring(2);
        return key;
    }
}
