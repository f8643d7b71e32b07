package org.piu.targeting.matching.normalize;

/**
 * One part of a normalized name. {@code text} is lower-case ASCII, {@code key} its {@link PhoneticKey}.
 * {@code abjad} marks tokens romanized from unvocalized Arabic script (only consonants are reliable).
 */
public record NameToken(String text, String key, Kind kind, Role role, boolean abjad) {

    public enum Kind {
        NAME,
        PATRONYMIC,
        INITIAL
    }

    public enum Role {
        SURNAME,
        GIVEN,
        UNKNOWN
    }

    public static NameToken of(String text, Role role, boolean abjad) {
        Kind kind = text.length() == 1 ? Kind.INITIAL : isPatronymic(text) ? Kind.PATRONYMIC : Kind.NAME;
        return new NameToken(text, PhoneticKey.of(text, abjad), kind, role, abjad);
    }

    public String skeleton() {
        return PhoneticKey.skeleton(text, abjad);
    }

    static boolean isPatronymic(String t) {
        return t.length() > 6
                && (t.endsWith("ovich")
                        || t.endsWith("evich")
                        || t.endsWith("ovych")
                        || t.endsWith("evych")
                        || t.endsWith("ovna")
                        || t.endsWith("evna")
                        || t.endsWith("ivna")
                        || t.endsWith("ichna")
                        || t.endsWith("ovitch")
                        || t.endsWith("evitch")
                        || t.endsWith("owitsch")
                        || t.endsWith("ewitsch")
                        || t.endsWith("owitch"));
    }
}
