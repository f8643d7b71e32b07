package org.piu.targeting.messages;

/**
 * One spelling of flight numbers for API and PNR data (PAXLST "EK0160" or "160", PNRGOV "0160"), so that both
 * produce the same flight key: digits without leading zeros plus an operational suffix letter if any.
 */
public final class FlightNumbers {
    private FlightNumbers() {}

    /** The flight number of {@code raw} once a leading carrier designator (when given) is removed. */
    public static String normalize(String raw, String carrier) {
        String n = raw == null ? "" : raw.trim().toUpperCase(java.util.Locale.ROOT);
        if (carrier != null
                && !carrier.isBlank()
                && n.startsWith(carrier.trim().toUpperCase(java.util.Locale.ROOT))
                && n.length() > carrier.trim().length()) {
            n = n.substring(carrier.trim().length());
        }
        int i = 0;
        while (i < n.length() - 1 && n.charAt(i) == '0' && Character.isDigit(n.charAt(i + 1))) {
            i++;
        }
        return n.substring(i);
    }

    /** The carrier designator at the start of a PAXLST flight identification ("UA123" gives "UA"). */
    public static String carrierPrefix(String flightId) {
        String id = flightId == null ? "" : flightId.trim().toUpperCase(java.util.Locale.ROOT);
        if (id.length() >= 3
                && Character.isLetterOrDigit(id.charAt(0))
                && Character.isLetterOrDigit(id.charAt(1))
                && (Character.isLetter(id.charAt(0)) || Character.isLetter(id.charAt(1)))) {
            if (id.length() >= 4 && Character.isLetter(id.charAt(2)) && Character.isDigit(id.charAt(3))) {
                return id.substring(0, 3); // ICAO three-letter designator
            }
            return id.substring(0, 2);
        }
        return "";
    }
}
