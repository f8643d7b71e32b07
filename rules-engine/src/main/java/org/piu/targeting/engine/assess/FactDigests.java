package org.piu.targeting.engine.assess;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.piu.targeting.engine.PassengerMatch;
import org.piu.targeting.engine.facts.FlightFacts;
import org.piu.targeting.engine.facts.PassengerFacts;
import org.piu.targeting.engine.facts.WatchlistFacts;

/**
 * Per passenger, a digest of everything their hits are made from: the passenger's facts (which already hold the
 * flight's cross-passenger patterns, so a newcomer sharing a phone changes the digests of those who share it), their
 * watchlist matches with the matcher's explanation, and a basis naming the release and the engine settings that
 * turn matches into hits. Equal digests mean the rules would say exactly what they said before.
 */
final class FactDigests {

    /** Bump when the way hits or reasons are written changes, so digests from an older engine never match. */
    private static final String VERSION = "1";

    private FactDigests() {}

    static String basis(String releaseHash, org.piu.targeting.engine.EngineSettings settings) {
        return VERSION + "|" + releaseHash + "|" + settings.hitCapPerRule() + "|" + settings.documentChecks() + "|"
                + settings.watchlistAlertScore() + "|" + settings.watchlistReviewScore() + "|"
                + new java.util.TreeSet<>(settings.homeCountries());
    }

    /** Passenger id → digest, in manifest order (the first passenger of a repeated id wins, as for matches). */
    static Map<String, String> of(FlightFacts facts, List<PassengerMatch> matches, String basis) {
        List<List<String>> matchesOf = new ArrayList<>(facts.passengers().size());
        facts.passengers().forEach(p -> matchesOf.add(new ArrayList<>()));
        for (WatchlistFacts w : facts.watchlist()) {
            matchesOf
                    .get(w.passengerOrdinal())
                    .add(matches.get(w.matchOrdinal()).toString());
        }
        MessageDigest sha = sha256();
        HexFormat hex = HexFormat.of();
        byte[] basisBytes = basis.getBytes(StandardCharsets.UTF_8);
        Map<String, String> digests = new LinkedHashMap<>();
        for (PassengerFacts p : facts.passengers()) {
            List<String> own = matchesOf.get(p.ordinal());
            own.sort(null); // the order screening returned matches in must not matter
            // part by part: one text of facts and matches together would be copied and re-encoded as UTF-16
            // as soon as a matched name is Cyrillic or Arabic, which made this the costliest step of a check-in
            sha.update(basisBytes);
            part(sha, withoutOrdinal(p));
            for (String m : own) {
                part(sha, m);
            }
            digests.putIfAbsent(p.passengerId(), hex.formatHex(sha.digest(), 0, 16));
        }
        return digests;
    }

    /** Length-prefixed, so that no two different sequences of parts hash the same text. */
    private static void part(MessageDigest sha, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        sha.update(new byte[] {
            (byte) (bytes.length >>> 24), (byte) (bytes.length >>> 16), (byte) (bytes.length >>> 8), (byte) bytes.length
        });
        sha.update(bytes);
    }

    /**
     * The record's text without its first component, the position in the manifest: a passenger whose neighbours
     * left (a cancelled booking) is still the same passenger with the same facts.
     */
    private static String withoutOrdinal(PassengerFacts p) {
        String text = p.toString();
        return text.substring(text.indexOf(", ") + 2);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
