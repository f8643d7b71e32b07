package org.piu.targeting.sample.people;

/**
 * One name as it appears in two places: {@code mrz} is the passport romanization (ICAO 9303, upper-case Latin, no
 * diacritics) that API/PNR data carry, {@code nativeForm} the spelling in the person's own script or orthography
 * (Cyrillic, Azerbaijani or Romanian diacritics, Arabic script) that a national watchlist is likely to use.
 */
public record NameForm(String mrz, String nativeForm) {}
