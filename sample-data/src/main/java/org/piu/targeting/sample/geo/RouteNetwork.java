package org.piu.targeting.sample.geo;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sample world: flights to and from Chisinau (KIV) and Baku (GYD) with the partner airports and carriers that
 * really serve them, block times close to the published schedules, and the connections travellers use to reach
 * them through hubs. Numbers and weights are plausible, not a timetable.
 */
public final class RouteNetwork {

    /** A connecting flight between a hub of the network and an airport beyond it. */
    public record Connection(Airport hub, Airport beyond, Carrier carrier, int blockMinutes, int flightNumber) {}

    private final Map<String, Airport> airports = new LinkedHashMap<>();
    private final Map<String, Carrier> carriers = new LinkedHashMap<>();
    private final List<Route> routes = new ArrayList<>();
    private final List<Integer> weights = new ArrayList<>();
    private final List<Connection> connections = new ArrayList<>();

    private static final RouteNetwork STANDARD = build();

    private RouteNetwork() {}

    public static RouteNetwork standard() {
        return STANDARD;
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }

    /** Relative frequency of each route (same index as {@link #routes()}). */
    public List<Integer> weights() {
        return List.copyOf(weights);
    }

    public List<Connection> connections() {
        return List.copyOf(connections);
    }

    /** Connections into or out of the given hub. */
    public List<Connection> connectionsAt(String hub) {
        return connections.stream().filter(c -> c.hub().iata().equals(hub)).toList();
    }

    public Optional<Airport> airport(String iata) {
        return Optional.ofNullable(airports.get(iata));
    }

    public Airport requireAirport(String iata) {
        return airport(iata)
                .orElseThrow(() -> new IllegalArgumentException("airport " + iata + " is not in the sample network"));
    }

    public Optional<Carrier> carrier(String iata) {
        return Optional.ofNullable(carriers.get(iata));
    }

    public List<Airport> airports() {
        return List.copyOf(airports.values());
    }

    private static RouteNetwork build() {
        RouteNetwork n = new RouteNetwork();
        n.airport("KIV", "MDA", "Chisinau", "Europe/Chisinau");
        n.airport("GYD", "AZE", "Baku", "Asia/Baku");
        n.airport("IST", "TUR", "Istanbul", "Europe/Istanbul");
        n.airport("SAW", "TUR", "Istanbul Sabiha Gokcen", "Europe/Istanbul");
        n.airport("AYT", "TUR", "Antalya", "Europe/Istanbul");
        n.airport("FRA", "DEU", "Frankfurt", "Europe/Berlin");
        n.airport("MUC", "DEU", "Munich", "Europe/Berlin");
        n.airport("VIE", "AUT", "Vienna", "Europe/Vienna");
        n.airport("WAW", "POL", "Warsaw", "Europe/Warsaw");
        n.airport("OTP", "ROU", "Bucharest", "Europe/Bucharest");
        n.airport("BUD", "HUN", "Budapest", "Europe/Budapest");
        n.airport("TLV", "ISR", "Tel Aviv", "Asia/Jerusalem");
        n.airport("DXB", "ARE", "Dubai", "Asia/Dubai");
        n.airport("DOH", "QAT", "Doha", "Asia/Qatar");
        n.airport("LHR", "GBR", "London Heathrow", "Europe/London");
        n.airport("LTN", "GBR", "London Luton", "Europe/London");
        n.airport("CDG", "FRA", "Paris Charles de Gaulle", "Europe/Paris");
        n.airport("FCO", "ITA", "Rome Fiumicino", "Europe/Rome");
        n.airport("MXP", "ITA", "Milan Malpensa", "Europe/Rome");
        n.airport("BGY", "ITA", "Bergamo", "Europe/Rome");
        n.airport("BCN", "ESP", "Barcelona", "Europe/Madrid");
        n.airport("ATH", "GRC", "Athens", "Europe/Athens");
        n.airport("TBS", "GEO", "Tbilisi", "Asia/Tbilisi");
        n.airport("ALA", "KAZ", "Almaty", "Asia/Almaty");
        n.airport("NQZ", "KAZ", "Astana", "Asia/Almaty");
        n.airport("TAS", "UZB", "Tashkent", "Asia/Tashkent");
        n.airport("SVO", "RUS", "Moscow Sheremetyevo", "Europe/Moscow");
        // beyond the hubs: where connecting travellers come from or go to
        n.airport("EVN", "ARM", "Yerevan", "Asia/Yerevan");
        n.airport("BEY", "LBN", "Beirut", "Asia/Beirut");
        n.airport("CAI", "EGY", "Cairo", "Africa/Cairo");
        n.airport("AMM", "JOR", "Amman", "Asia/Amman");
        n.airport("BGW", "IRQ", "Baghdad", "Asia/Baghdad");
        n.airport("IKA", "IRN", "Tehran", "Asia/Tehran");
        n.airport("DAM", "SYR", "Damascus", "Asia/Damascus");
        n.airport("KBL", "AFG", "Kabul", "Asia/Kabul");
        n.airport("MGQ", "SOM", "Mogadishu", "Africa/Mogadishu");
        n.airport("KHI", "PAK", "Karachi", "Asia/Karachi");
        n.airport("DEL", "IND", "Delhi", "Asia/Kolkata");
        n.airport("BKK", "THA", "Bangkok", "Asia/Bangkok");
        n.airport("JFK", "USA", "New York", "America/New_York");
        n.airport("LIS", "PRT", "Lisbon", "Europe/Lisbon");
        n.airport("MAD", "ESP", "Madrid", "Europe/Madrid");
        n.airport("CMN", "MAR", "Casablanca", "Africa/Casablanca");

        n.carrier("9U", "AIR MOLDOVA", "MDA", 101);
        n.carrier("H4", "HISKY", "MDA", 401);
        n.carrier("5F", "FLYONE", "MDA", 701);
        n.carrier("FR", "RYANAIR", "IRL", 3201);
        n.carrier("W6", "WIZZ AIR", "HUN", 3701);
        n.carrier("TK", "TURKISH AIRLINES", "TUR", 261);
        n.carrier("PC", "PEGASUS", "TUR", 721);
        n.carrier("LO", "LOT POLISH AIRLINES", "POL", 511);
        n.carrier("LH", "LUFTHANSA", "DEU", 1441);
        n.carrier("OS", "AUSTRIAN", "AUT", 651);
        n.carrier("RO", "TAROM", "ROU", 201);
        n.carrier("A3", "AEGEAN", "GRC", 881);
        n.carrier("J2", "AZERBAIJAN AIRLINES", "AZE", 1);
        n.carrier("QR", "QATAR AIRWAYS", "QAT", 251);
        n.carrier("FZ", "FLYDUBAI", "ARE", 701);
        n.carrier("6H", "ISRAIR", "ISR", 801);
        n.carrier("KC", "AIR ASTANA", "KAZ", 111);
        n.carrier("HY", "UZBEKISTAN AIRWAYS", "UZB", 711);
        n.carrier("A9", "GEORGIAN AIRWAYS", "GEO", 51);
        n.carrier("SU", "AEROFLOT", "RUS", 1851);

        // Chisinau
        n.routes("KIV", "IST", 100, Aircraft.A321, 12, "TK", "H4");
        n.routes("KIV", "SAW", 100, Aircraft.B738, 6, "PC");
        n.routes("KIV", "FRA", 165, Aircraft.A320, 5, "LH", "H4");
        n.routes("KIV", "MUC", 140, Aircraft.A319, 4, "LH");
        n.routes("KIV", "VIE", 115, Aircraft.E190, 5, "OS");
        n.routes("KIV", "WAW", 105, Aircraft.E190, 4, "LO");
        n.routes("KIV", "OTP", 60, Aircraft.A319, 6, "RO", "H4");
        n.routes("KIV", "BUD", 95, Aircraft.A321, 3, "W6");
        n.routes("KIV", "TLV", 165, Aircraft.A320, 4, "6H", "H4");
        n.routes("KIV", "DXB", 260, Aircraft.B738, 3, "FZ");
        n.routes("KIV", "LTN", 215, Aircraft.A321, 4, "W6");
        n.routes("KIV", "LHR", 225, Aircraft.A320, 2, "9U");
        n.routes("KIV", "CDG", 195, Aircraft.A320, 2, "H4");
        n.routes("KIV", "FCO", 150, Aircraft.A321, 5, "W6", "9U");
        n.routes("KIV", "MXP", 155, Aircraft.A321, 4, "W6");
        n.routes("KIV", "BGY", 155, Aircraft.B738, 4, "FR");
        n.routes("KIV", "BCN", 210, Aircraft.A320, 3, "H4", "W6");
        n.routes("KIV", "AYT", 115, Aircraft.A320, 3, "5F", "H4");
        n.routes("KIV", "ATH", 110, Aircraft.A320, 2, "A3");
        // Baku
        n.routes("GYD", "IST", 200, Aircraft.A321, 12, "J2", "TK");
        n.routes("GYD", "SAW", 195, Aircraft.B738, 5, "PC");
        n.routes("GYD", "FRA", 300, Aircraft.A320, 3, "LH", "J2");
        n.routes("GYD", "VIE", 270, Aircraft.A320, 2, "OS");
        n.routes("GYD", "LHR", 340, Aircraft.B789, 2, "J2");
        n.routes("GYD", "CDG", 330, Aircraft.A320, 2, "J2");
        n.routes("GYD", "FCO", 300, Aircraft.A320, 2, "J2");
        n.routes("GYD", "MXP", 300, Aircraft.A320, 2, "J2");
        n.routes("GYD", "TBS", 65, Aircraft.E190, 5, "J2", "A9");
        n.routes("GYD", "ALA", 210, Aircraft.A320, 3, "KC", "J2");
        n.routes("GYD", "NQZ", 205, Aircraft.A320, 2, "KC");
        n.routes("GYD", "TAS", 190, Aircraft.A320, 3, "HY", "J2");
        n.routes("GYD", "DOH", 170, Aircraft.A333, 4, "QR");
        n.routes("GYD", "DXB", 180, Aircraft.B738, 7, "FZ", "J2");
        n.routes("GYD", "TLV", 200, Aircraft.A320, 3, "J2", "6H");
        n.routes("GYD", "AYT", 180, Aircraft.A320, 3, "J2");
        n.routes("GYD", "BUD", 260, Aircraft.A321, 2, "W6");
        n.routes("GYD", "WAW", 280, Aircraft.E190, 1, "LO");
        n.routes("GYD", "SVO", 210, Aircraft.A321, 5, "J2", "SU");

        n.connect("IST", "TBS", "TK", 125, 378);
        n.connect("IST", "EVN", "TK", 130, 344);
        n.connect("IST", "BEY", "TK", 120, 826);
        n.connect("IST", "CAI", "TK", 130, 690);
        n.connect("IST", "AMM", "TK", 135, 812);
        n.connect("IST", "BGW", "TK", 190, 788);
        n.connect("IST", "IKA", "TK", 215, 878);
        n.connect("IST", "DAM", "TK", 110, 818);
        n.connect("IST", "JFK", "TK", 660, 1);
        n.connect("IST", "CMN", "TK", 255, 617);
        n.connect("IST", "DEL", "TK", 400, 716);
        n.connect("IST", "BKK", "TK", 600, 68);
        n.connect("SAW", "AMM", "PC", 135, 320);
        n.connect("SAW", "TBS", "PC", 120, 370);
        n.connect("DXB", "KBL", "FZ", 180, 305);
        n.connect("DXB", "KHI", "FZ", 150, 333);
        n.connect("DXB", "DEL", "FZ", 210, 435);
        n.connect("DXB", "MGQ", "FZ", 270, 661);
        n.connect("DXB", "IKA", "FZ", 120, 1926);
        n.connect("DXB", "BKK", "FZ", 370, 1542);
        n.connect("DOH", "KHI", "QR", 200, 604);
        n.connect("DOH", "DEL", "QR", 240, 578);
        n.connect("DOH", "BKK", "QR", 380, 832);
        n.connect("DOH", "BGW", "QR", 150, 452);
        n.connect("FRA", "JFK", "LH", 500, 400);
        n.connect("FRA", "LIS", "LH", 175, 1166);
        n.connect("FRA", "MAD", "LH", 150, 1114);
        n.connect("VIE", "BEY", "OS", 200, 853);
        n.connect("MUC", "MAD", "LH", 160, 1802);
        n.connect("WAW", "JFK", "LO", 560, 26);
        return n;
    }

    private void airport(String iata, String country, String city, String zone) {
        airports.put(iata, new Airport(iata, country, city, ZoneId.of(zone)));
    }

    private void carrier(String iata, String name, String country, int firstNumber) {
        carriers.put(iata, new Carrier(iata, name, country, firstNumber));
    }

    /** Both directions of a city pair; the return flight has the next (even/odd) number as airlines do. */
    private void routes(String a, String b, int blockMinutes, Aircraft aircraft, int weight, String... carrierCodes) {
        List<Carrier> cs =
                java.util.Arrays.stream(carrierCodes).map(c -> carriers.get(c)).toList();
        int offset = routes.size();
        routes.add(new Route(airports.get(a), airports.get(b), cs, blockMinutes, aircraft, offset));
        weights.add(weight);
        routes.add(new Route(airports.get(b), airports.get(a), cs, blockMinutes, aircraft, offset + 1));
        weights.add(weight);
    }

    private void connect(String hub, String beyond, String carrier, int blockMinutes, int number) {
        connections.add(
                new Connection(airports.get(hub), airports.get(beyond), carriers.get(carrier), blockMinutes, number));
    }
}
