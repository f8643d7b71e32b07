package org.piu.targeting.sample.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.piu.targeting.engine.rule.Condition;
import org.piu.targeting.engine.rule.NamedList;
import org.piu.targeting.engine.rule.RuleDocument;
import org.piu.targeting.engine.rule.RuleRevision;
import org.piu.targeting.engine.rule.RuleScope;
import org.piu.targeting.engine.rule.Severity;
import org.piu.targeting.sample.RandomStreams;

/**
 * Generates N realistic, varied and valid rules for the 1,000 / 5,000-rule benchmarks: the indicator families of
 * the sample library (late cash, routing, shared contacts and cards, third-party payers, documents, watchlist
 * combinations, agencies, broken travel, minors, baggage) with varied thresholds, value sets, scopes, nesting
 * (any / not) and exonerating conditions. Rule {@code i} depends only on the seed and {@code i}. Every rule
 * validates against the standard catalog with {@link #lists()} (which are {@link SampleRules#lists()}).
 */
public final class RuleGenerator {

    private static final String[] NATIONALITIES = {
        "MDA", "ROU", "UKR", "RUS", "TUR", "GEO", "SYR", "IRQ", "AFG", "AZE", "ARM", "KAZ", "UZB", "TJK", "PAK", "IND",
        "NGA", "EGY", "JOR", "IRN"
    };
    private static final String[] AIRPORTS = {
        "IST", "SAW", "OTP", "FRA", "MUC", "VIE", "WAW", "TBS", "EVN", "DXB", "TLV", "FCO", "MXP", "BCN", "LTN", "CDG",
        "BUD", "ATH", "DOH", "AYT", "ALA", "TAS", "SVO", "BGY"
    };
    private static final String[] HOME = {"KIV", "GYD"};
    private static final String[] CATEGORIES = {
        "booking-behaviour",
        "routing",
        "network",
        "document",
        "watchlist",
        "protection",
        "smuggling",
        "trafficking",
        "document-fraud",
        "organised-crime"
    };

    private final long seed;

    public RuleGenerator(long seed) {
        this.seed = seed;
    }

    /** The named lists the generated rules refer to. */
    public static List<NamedList> lists() {
        return SampleRules.lists();
    }

    public List<RuleDocument> rules(int count) {
        return IntStream.range(0, count).mapToObj(this::rule).toList();
    }

    /** The rules as revisions, as a release compiler takes them. */
    public List<RuleRevision> revisions(int count) {
        return rules(count).stream()
                .map(r -> new RuleRevision(r, "gen-" + seed))
                .toList();
    }

    public RuleDocument rule(int i) {
        SplittableRandom rng = RandomStreams.of(seed, 6, i);
        int family = rng.nextInt(12);
        List<Condition> all = new ArrayList<>();
        String title;
        switch (family) {
            case 0 -> {
                int h = 6 + rng.nextInt(91);
                all.add(Condition.test("payment.cash", "eq", true));
                all.add(Condition.test("booking.oneWay", "eq", true));
                all.add(Condition.test("booking.leadTimeHours", "lt", h));
                title = "One-way cash ticket booked less than " + h + " h ahead";
            }
            case 1 -> {
                all.add(Condition.any(
                        Condition.inList("booking.itineraryOrigin", "in", "high-risk-airports"),
                        Condition.inList("booking.itineraryDestination", "in", "high-risk-airports")));
                int h = 24 + rng.nextInt(24 * 14);
                all.add(Condition.test("booking.leadTimeHours", "lt", h));
                title = "High-risk routing booked less than " + h + " h ahead";
            }
            case 2 -> {
                int n = 2 + rng.nextInt(4);
                all.add(Condition.pattern("shared_contact", n));
                all.add(Condition.values(
                        "passenger.nationality", "in", pickSome(rng, NATIONALITIES, 1 + rng.nextInt(4))));
                title = n + "+ bookings share a contact, selected nationalities";
            }
            case 3 -> {
                int n = 2 + rng.nextInt(3);
                all.add(Condition.pattern("shared_card", n));
                if (rng.nextBoolean()) {
                    all.add(Condition.not(Condition.test("booking.travellers", "ge", 3 + rng.nextInt(4))));
                }
                title = n + "+ bookings paid with one card";
            }
            case 4 -> {
                int n = 1 + rng.nextInt(3);
                all.add(Condition.pattern("payer_not_travelling", n));
                all.add(Condition.test("booking.leadTimeHours", "lt", 24 * (3 + rng.nextInt(40))));
                title = "Third-party payer for " + n + "+ bookings, booked late";
            }
            case 5 -> {
                int d = 10 + rng.nextInt(81);
                all.add(Condition.values("document.daysValid", "between", 0, d));
                all.add(Condition.values(
                        "passenger.nationality", "in", pickSome(rng, NATIONALITIES, 2 + rng.nextInt(5))));
                title = "Document valid less than " + d + " days, selected nationalities";
            }
            case 6 -> {
                all.add(Condition.test("watchlist.decision", "eq", rng.nextBoolean() ? "REVIEW" : "ALERT"));
                all.add(Condition.values("flight.origin", "in", pickSome(rng, AIRPORTS, 2 + rng.nextInt(6))));
                title = "Watchlist match on a priority route";
            }
            case 7 -> {
                all.add(Condition.inList("agency.iata", "in", "watched-agencies"));
                all.add(Condition.values("payment.type", "in", "CASH", "INVOICE"));
                title = "Watched agency, paid by cash or invoice";
            }
            case 8 -> {
                int s = 3 + rng.nextInt(4);
                int c = 3 + rng.nextInt(3);
                all.add(Condition.test("booking.segments", "ge", s));
                all.add(Condition.test("booking.countries", "ge", c));
                all.add(Condition.test("booking.maxGroundTimeHours", "lt", 4 + rng.nextInt(20)));
                title = s + "+ segments through " + c + "+ countries with short stops";
            }
            case 9 -> {
                int h = 24 + rng.nextInt(24 * 7);
                all.add(Condition.test("passenger.ageYears", "lt", 14 + rng.nextInt(5)));
                all.add(Condition.test("booking.travellers", "eq", 1));
                all.add(Condition.test("booking.leadTimeHours", "lt", h));
                title = "Minor alone, booked less than " + h + " h ahead";
            }
            case 10 -> {
                int b = 2 + rng.nextInt(3);
                all.add(Condition.test("bags.count", "ge", b));
                all.add(Condition.test("booking.travellers", "eq", 1));
                all.add(Condition.values("flight.origin", "in", pickSome(rng, AIRPORTS, 1 + rng.nextInt(5))));
                title = b + "+ bags for a solo traveller from selected airports";
            }
            default -> {
                String route = pick(rng, AIRPORTS) + "-" + pick(rng, HOME);
                all.add(Condition.test("flight.route", "eq", route));
                all.add(Condition.any(
                        Condition.test("payment.cash", "eq", true),
                        Condition.inList("contact.emailDomain", "in", "disposable-email-domains")));
                all.add(Condition.values("flight.departureHour", "between", 0, 5 + rng.nextInt(3)));
                title = "Night flight " + route + " paid in cash or with a throw-away e-mail";
            }
        }
        Condition unless = switch (rng.nextInt(6)) {
            case 0, 1 -> Condition.test("passenger.type", "eq", "CREW");
            case 2 -> Condition.test("booking.leadTimeHours", "gt", 24 * (30 + rng.nextInt(60)));
            default -> null;
        };
        RuleScope scope = switch (rng.nextInt(6)) {
            case 0 -> new RuleScope(List.of("INBOUND", "TRANSIT"), List.of());
            case 1 -> new RuleScope(List.of(), List.of("*-" + pick(rng, HOME)));
            case 2 -> new RuleScope(List.of("OUTBOUND"), List.of());
            default -> null;
        };
        Severity severity = Severity.values()[rng.nextInt(Severity.values().length)];
        String id = String.format("GEN-%05d", i + 1);
        return new RuleDocument(
                id,
                title,
                "Generated indicator (benchmark rule set, seed " + seed + ")",
                pick(rng, CATEGORIES),
                severity,
                5 + rng.nextInt(20) * 5,
                "Generated from indicator family " + family
                        + " for load and compile benchmarks; not for operational use",
                "analyst." + (1 + rng.nextInt(20)) + "@piu.example",
                LocalDate.of(2099, 12, 31),
                scope,
                Condition.all(all.toArray(Condition[]::new)),
                unless);
    }

    private static String pick(SplittableRandom rng, String[] values) {
        return values[rng.nextInt(values.length)];
    }

    private static Object[] pickSome(SplittableRandom rng, String[] values, int n) {
        List<String> out = new ArrayList<>();
        while (out.size() < n) {
            String v = pick(rng, values);
            if (!out.contains(v)) {
                out.add(v);
            }
        }
        return out.toArray();
    }
}
