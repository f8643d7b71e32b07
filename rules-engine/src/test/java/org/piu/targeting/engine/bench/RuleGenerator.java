package org.piu.targeting.engine.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.piu.targeting.engine.rule.Condition;
import org.piu.targeting.engine.rule.NamedList;
import org.piu.targeting.engine.rule.RuleDocument;
import org.piu.targeting.engine.rule.RuleRevision;
import org.piu.targeting.engine.rule.RuleScope;
import org.piu.targeting.engine.rule.Severity;

/**
 * Realistic generated targeting rules for tests and benchmarks: 2-5 tests each over the common PNR/API fields,
 * nested any/not, named lists, patterns, exonerating conditions, scopes. Deterministic for a seed; most rules are
 * selective (hit a few percent of passengers) like real ones.
 */
public final class RuleGenerator {

    static final String[] NATIONALITIES = {
        "MDA", "ROU", "UKR", "RUS", "TUR", "GEO", "SYR", "IRQ", "AFG", "DEU", "ITA", "FRA", "ISR", "AZE", "ARM", "BLR",
        "KAZ", "UZB", "TJK", "PAK", "IND", "CHN", "NGA", "EGY"
    };
    static final String[] AIRPORTS = {
        "IST", "SAW", "OTP", "FRA", "MUC", "VIE", "WAW", "TBS", "EVN", "GYD", "DXB", "TLV", "FCO", "MXP", "BCN", "LTN",
        "CDG", "AMS", "BUD", "SOF", "ATH", "LCA", "KIV", "DOH"
    };

    private final Random random;

    public RuleGenerator(long seed) {
        this.random = new Random(seed);
    }

    public static List<NamedList> lists() {
        return List.of(
                new NamedList(
                        "high-risk-airports",
                        "Airports with documented smuggling routes",
                        List.of("IST", "SAW", "DXB", "TBS", "GYD", "EVN", "DOH")),
                new NamedList(
                        "watched-agencies",
                        "Agencies under investigation",
                        List.of("12345678", "87654321", "11112222")),
                new NamedList(
                        "watched-nationalities",
                        "Nationalities in current threat assessment",
                        List.of("SYR", "IRQ", "AFG")));
    }

    public List<RuleRevision> rules(int count) {
        List<RuleRevision> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(new RuleRevision(rule(String.format("GEN-%05d", i)), String.valueOf(1 + random.nextInt(9))));
        }
        return out;
    }

    public RuleDocument rule(String id) {
        int tests = 2 + random.nextInt(4);
        List<Condition> all = new ArrayList<>();
        all.add(selective());
        for (int i = 1; i < tests; i++) {
            all.add(
                    switch (random.nextInt(6)) {
                        case 0 -> Condition.any(test(), test());
                        case 1 -> Condition.not(test());
                        default -> test();
                    });
        }
        Condition unless = random.nextInt(4) == 0 ? Condition.test("passenger.type", "eq", "CREW") : null;
        RuleScope scope = switch (random.nextInt(5)) {
            case 0 -> new RuleScope(List.of("INBOUND", "TRANSIT"), List.of());
            case 1 -> new RuleScope(List.of(), List.of("*-KIV", "KIV-*"));
            default -> null;
        };
        Severity severity = Severity.values()[random.nextInt(4)];
        return new RuleDocument(
                id,
                "Generated indicator " + id,
                "Generated for benchmarks",
                pick("smuggling", "trafficking", "document-fraud", "terrorism", "organised-crime"),
                severity,
                10 + random.nextInt(90),
                "Pattern from case file " + random.nextInt(10_000),
                "analyst." + random.nextInt(20),
                LocalDate.of(2099, 1, 1),
                scope,
                Condition.all(all.toArray(Condition[]::new)),
                unless);
    }

    /** The first test of a rule, selective like a real indicator's anchor. */
    private Condition selective() {
        return switch (random.nextInt(8)) {
            case 0 -> Condition.values("passenger.nationality", "in", pickForeign(), pickForeign());
            case 1 -> Condition.inList("passenger.nationality", "in", "watched-nationalities");
            case 2 -> Condition.test("booking.leadTimeHours", "lt", 4 + random.nextInt(24));
            case 3 -> Condition.inList("agency.iata", "in", "watched-agencies");
            case 4 -> Condition.test("document.daysValid", "lt", 10 + random.nextInt(60));
            case 5 -> Condition.all(ageBand(), Condition.test("passenger.nationality", "eq", pickForeign()));
            case 6 ->
                Condition.pattern(pick("shared_contact", "shared_card", "payer_not_travelling"), 2 + random.nextInt(3));
            default -> Condition.test("booking.itineraryOrigin", "eq", pick(AIRPORTS));
        };
    }

    private Condition test() {
        return switch (random.nextInt(14)) {
            case 0 -> Condition.test("payment.cash", "eq", true);
            case 1 -> Condition.test("booking.oneWay", "eq", random.nextBoolean());
            case 2 -> Condition.test("bags.count", "eq", 0);
            case 3 -> Condition.inList("booking.itineraryOrigin", "in", "high-risk-airports");
            case 4 -> Condition.test("passenger.gender", "eq", pick("M", "F"));
            case 5 -> Condition.test("booking.segments", "ge", 2 + random.nextInt(3));
            case 6 -> Condition.test("booking.travellers", "eq", 1);
            case 7 -> Condition.test("contact.email", "empty");
            case 8 -> Condition.values("agency.country", "not_in", "MDA", "ROU");
            case 9 -> Condition.test("booking.maxGroundTimeHours", "gt", 4 + random.nextInt(20));
            case 10 -> Condition.test("passenger.residence", "ne", pick(NATIONALITIES));
            case 11 -> Condition.test("booking.createdAt", "within_hours", 12 + random.nextInt(60));
            case 12 -> Condition.test("document.issuerDiffersFromNationality", "eq", true);
            default -> Condition.test("passenger.direction", "eq", pick("INBOUND", "TRANSIT"));
        };
    }

    private Condition ageBand() {
        int low = 18 + random.nextInt(10);
        return Condition.values("passenger.ageYears", "between", low, low + 2 + random.nextInt(8));
    }

    private String pickForeign() {
        return NATIONALITIES[1 + random.nextInt(NATIONALITIES.length - 1)];
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }
}
