package org.piu.targeting.engine.catalog;

/**
 * A field id or a value that a rule must never use because it reveals, directly or as a proxy, a special
 * category of personal data.
 *
 * @param term     the field id (e.g. {@code passenger.religion}) or code (e.g. {@code MOML}) as written in rules
 * @param category the special category it reveals, e.g. "religion or philosophical beliefs"
 * @param why      what the term is, e.g. "Muslim meal SSR code"
 */
public record BlockedTerm(String term, String category, String why) {

    /** The text a rule author sees when a rule is rejected. */
    public String legalReason() {
        return "'" + term + "' (" + why + ") reveals " + category + ": " + SensitiveDataPolicy.LEGAL_BASIS;
    }
}
