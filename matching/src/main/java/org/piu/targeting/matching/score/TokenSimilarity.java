package org.piu.targeting.matching.score;

import org.piu.targeting.matching.normalize.GivenNameEquivalences;
import org.piu.targeting.matching.normalize.NameToken;
import org.piu.targeting.matching.normalize.PhoneticKey;

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
        boolean crossKind = (q.kind() == NameToken.Kind.PATRONYMIC) != (c.kind() == NameToken.Kind.PATRONYMIC)
                && q.kind() != NameToken.Kind.INITIAL
                && c.kind() != NameToken.Kind.INITIAL;
        TokenMatch m = compareTexts(q, c, transliterated);
        // a father's name aligned with the person's own name is weak evidence (Muhammad bin Salman / Salman bin
        // Muhammad)
        return crossKind ? new TokenMatch(m.similarity() * 0.72, m.kind()) : m;
    }

    private TokenMatch compareTexts(NameToken q, NameToken c, boolean transliterated) {
        if (q.kind() == NameToken.Kind.INITIAL || c.kind() == NameToken.Kind.INITIAL) {
            if (q.text().charAt(0) == c.text().charAt(0)) {
                return q.text().equals(c.text())
                        ? new TokenMatch(1.0, TokenMatch.Kind.EXACT)
                        : new TokenMatch(0.8, TokenMatch.Kind.INITIAL);
            }
            if (q.key().charAt(0) == c.key().charAt(0)) {
                return new TokenMatch(0.72, TokenMatch.Kind.INITIAL);
            }
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
            best = abjad(q.text(), q.abjad(), c.text(), c.abjad());
            // glued article on either side: Alzahrani / الزهراني
            String qa = stripArticle(q.text());
            String ca = stripArticle(c.text());
            if (qa != q.text() || ca != c.text()) {
                best = Math.max(best, 0.98 * abjad(qa, q.abjad(), ca, c.abjad()));
            }
            kind = TokenMatch.Kind.CONSONANTS;
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

    /** Unvocalized comparison: consonant skeletons without the semi-vowels w/v/y that Arabic writes as long vowels. */
    private static double abjad(String a, boolean aAbjad, String b, boolean bAbjad) {
        double best = abjadOnce(a, aAbjad, b, bAbjad);
        // French-style transcription of ش: Hicham, Achraf, Cherif
        if (!aAbjad && a.contains("ch")) {
            best = Math.max(best, abjadOnce(a.replace("ch", "sh"), false, b, bAbjad));
        }
        if (!bAbjad && b.contains("ch")) {
            best = Math.max(best, abjadOnce(a, aAbjad, b.replace("ch", "sh"), false));
        }
        return best;
    }

    private static double abjadOnce(String a, boolean aAbjad, String b, boolean bAbjad) {
        String x = consonants(a, aAbjad);
        String y = consonants(b, bAbjad);
        if (x.length() >= 2 && y.length() >= 2) {
            return x.equals(y) ? 0.93 : 0.93 * ConfusableEditDistance.similarity(x, y);
        }
        return 0.9 * ConfusableEditDistance.similarity(PhoneticKey.of(a, aAbjad), PhoneticKey.of(b, bAbjad));
    }

    static String consonants(String text, boolean abjad) {
        String skeleton = PhoneticKey.skeleton(text, abjad);
        StringBuilder sb = new StringBuilder(skeleton.length());
        for (int i = 0; i < skeleton.length(); i++) {
            char ch = skeleton.charAt(i);
            if (ch == 'v' || ch == 'w') {
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) == ch) {
                continue;
            }
            sb.append(ch);
        }
        // a final h is often only a vowel sign (Abdullah / عبد الله, Fatimah / فاطمة)
        if (sb.length() > 2 && sb.charAt(sb.length() - 1) == 'h') {
            sb.setLength(sb.length() - 1);
        }
        return sb.toString();
    }

    private static String stripArticle(String key) {
        if (key.length() > 4 && (key.startsWith("al") || key.startsWith("el"))) {
            return key.substring(2);
        }
        return key;
    }
}
