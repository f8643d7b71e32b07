package org.piu.targeting.matching.score;

/** How two name parts compare: similarity in 0..1 and the kind of correspondence, for explanations. */
public record TokenMatch(double similarity, Kind kind) {

    public enum Kind {
        EXACT("exact"),
        SPELLING("spelling variant"),
        TRANSLITERATION("transliteration"),
        COGNATE("equivalent name"),
        TYPO("typo"),
        INITIAL("initial"),
        CONSONANTS("consonant skeleton"),
        JOINED("joined parts"),
        NONE("different");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    static final TokenMatch NONE = new TokenMatch(0, Kind.NONE);
}
