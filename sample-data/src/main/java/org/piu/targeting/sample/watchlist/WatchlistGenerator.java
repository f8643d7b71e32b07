package org.piu.targeting.sample.watchlist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.piu.targeting.matching.watchlist.DateOfBirth;
import org.piu.targeting.matching.watchlist.Gender;
import org.piu.targeting.matching.watchlist.ListedDocument;
import org.piu.targeting.matching.watchlist.WatchlistEntry;
import org.piu.targeting.sample.RandomStreams;
import org.piu.targeting.sample.flight.ReportedDocument;
import org.piu.targeting.sample.flight.WatchlistTarget;
import org.piu.targeting.sample.people.NameForm;
import org.piu.targeting.sample.people.Nationalities;
import org.piu.targeting.sample.people.Nationality;
import org.piu.targeting.sample.people.PersonName;

/**
 * Generates watchlist entries the way national and international lists write them: Russian, Ukrainian and Kazakh
 * names in Cyrillic with patronymics, Azerbaijani names with ə ş ç ğ ı and "oğlu/qızı", Romanian names with
 * ș ț ă, Arab names in Arabic script, aliases in other romanizations, dates of birth often partial. Entry
 * {@code i} depends only on the seed and {@code i}, so a million entries stream without being held in memory.
 * Planted entries are written from {@link WatchlistTarget}s: the same person as a generated passenger, spelled
 * differently.
 */
public final class WatchlistGenerator {

    /** Name of the sample watchlist (a valid matching list name). */
    public static final String SAMPLE_LIST = "piu-sample-watchlist";
    /** Name of the sample lost/stolen documents list. */
    public static final String LOST_STOLEN_LIST = "lost-stolen-documents";

    private static final Map<String, Integer> LIST_MIX = new LinkedHashMap<>();

    static {
        LIST_MIX.put("RUS", 20);
        LIST_MIX.put("UKR", 12);
        LIST_MIX.put("AZE", 15);
        LIST_MIX.put("MDA", 10);
        LIST_MIX.put("ROU", 4);
        LIST_MIX.put("JOR", 14);
        LIST_MIX.put("TUR", 8);
        LIST_MIX.put("GEO", 5);
        LIST_MIX.put("KAZ", 5);
        LIST_MIX.put("UZB", 4);
        LIST_MIX.put("DEU", 1);
        LIST_MIX.put("GBR", 1);
        LIST_MIX.put("ITA", 1);
    }

    /** Nationalities whose surnames the bulk generator builds (see {@link BulkSurnames}). */
    private static final Map<String, Integer> SEPARABLE_MIX = new LinkedHashMap<>(LIST_MIX);

    static {
        SEPARABLE_MIX.keySet().removeAll(List.of("DEU", "GBR", "ITA"));
    }

    private final Nationalities nationalities;
    /** Every surname a generated passenger can carry (MRZ and native), to keep the first-start list apart. */
    private final java.util.Set<String> passengerSurnames;

    public WatchlistGenerator() {
        this(Nationalities.standard());
    }

    public WatchlistGenerator(Nationalities nationalities) {
        this.nationalities = nationalities;
        this.passengerSurnames = nationalities.all().stream()
                .flatMap(n -> n.surnames().stream().flatMap(s -> Stream.of(s, n.feminine(s))))
                .flatMap(s -> Stream.of(s.mrz(), s.nativeForm()))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Entry number {@code i} (from 0) of the sequence of a seed; its id is {@code idPrefix} + zero-padded i+1. */
    public WatchlistEntry entry(long seed, String idPrefix, long i) {
        return entry(seed, idPrefix, i, false);
    }

    /**
     * @param apartFromPassengers only generated surnames that no generated passenger carries, so that the entry
     *                            cannot be mistaken for a passenger (the first-start list: only planted entries
     *                            should match)
     */
    private WatchlistEntry entry(long seed, String idPrefix, long i, boolean apartFromPassengers) {
        SplittableRandom rng = RandomStreams.of(seed, 2, i);
        String nat = pick(rng, apartFromPassengers ? SEPARABLE_MIX : LIST_MIX);
        Nationality n = nationalities.get(nat);
        boolean female = rng.nextInt(100) < 22;
        PersonName name = n.name(rng, female);
        // two in three bulk entries get a generated surname: a million entries must not repeat a few dozen names
        NameForm bulk = apartFromPassengers || rng.nextInt(3) < 2 ? BulkSurnames.surname(rng, nat, female) : null;
        for (int retry = 0; apartFromPassengers && retry < 20 && passengerSurname(bulk); retry++) {
            bulk = BulkSurnames.surname(rng, nat, female);
        }
        if (bulk != null) {
            name = new PersonName(
                    bulk.mrz() == null ? new NameForm(name.surname().mrz(), bulk.nativeForm()) : bulk, name.given());
        }
        NameForm father = n.maleNames().get(rng.nextInt(n.maleNames().size()));
        List<String> names = listNames(rng, nat, name, father, female, bulk != null && bulk.mrz() == null);
        List<DateOfBirth> dobs = List.of(randomDateOfBirth(rng));
        List<ListedDocument> docs =
                rng.nextInt(100) < 35 ? List.of(new ListedDocument("P", n.passportNumber(rng), nat)) : List.of();
        return new WatchlistEntry(
                idPrefix + String.format("%07d", i + 1),
                names,
                dobs,
                female ? Gender.FEMALE : Gender.MALE,
                List.of(nat),
                docs);
    }

    /** {@code count} generated entries, lazily. */
    public Stream<WatchlistEntry> stream(long seed, String idPrefix, long count) {
        return LongStream.range(0, count).mapToObj(i -> entry(seed, idPrefix, i));
    }

    /**
     * {@code count} entries of which the last {@code targets.size()} are the planted ones (ids {@code idPrefix}W...),
     * lazily; for a benchmark list with known true matches.
     */
    public Stream<WatchlistEntry> streamWithPlanted(
            long seed, String idPrefix, long count, List<WatchlistTarget> targets) {
        long random = Math.max(0, count - targets.size());
        return Stream.concat(stream(seed, idPrefix, random), planted(seed, idPrefix, targets).stream());
    }

    /**
     * The sample list for first start: {@code size} entries including one planted entry per target. The other
     * entries carry generated surnames that no generated passenger has, so what a newcomer sees matching is the
     * planted cases (plus whatever the matcher finds similar enough on its own).
     */
    public List<WatchlistEntry> sample(long seed, int size, List<WatchlistTarget> targets) {
        long random = Math.max(0, size - targets.size());
        return Stream.concat(
                        LongStream.range(0, random).mapToObj(i -> entry(seed, "SMP-", i, true)),
                        planted(seed, "SMP-", targets).stream())
                .toList();
    }

    private boolean passengerSurname(NameForm surname) {
        return surname == null
                || (surname.mrz() != null && passengerSurnames.contains(surname.mrz()))
                || passengerSurnames.contains(surname.nativeForm());
    }

    /** One entry per target, spelled as a list compiler would (native script, another romanization). */
    public List<WatchlistEntry> planted(long seed, String idPrefix, List<WatchlistTarget> targets) {
        List<WatchlistEntry> out = new ArrayList<>();
        for (int k = 0; k < targets.size(); k++) {
            out.add(plantedEntry(
                    RandomStreams.of(seed, 3, k), idPrefix + "W" + String.format("%04d", k + 1), targets.get(k)));
        }
        return out;
    }

    /**
     * A lost/stolen documents list: {@code size} random passport numbers of the region plus the reported documents,
     * every second of which is written with a space or dash the way clerks type them.
     */
    public List<WatchlistEntry> lostStolen(long seed, int size, List<ReportedDocument> reported) {
        SplittableRandom rng = RandomStreams.of(seed, 4, 0);
        List<WatchlistEntry> out = new ArrayList<>();
        int random = Math.max(0, size - reported.size());
        for (int i = 0; i < random; i++) {
            String nat = pick(rng, LIST_MIX);
            out.add(new WatchlistEntry(
                    String.format("LSD-%06d", i + 1),
                    List.of(),
                    List.of(),
                    Gender.UNKNOWN,
                    List.of(nat),
                    List.of(new ListedDocument("P", nationalities.get(nat).passportNumber(rng), nat))));
        }
        for (int k = 0; k < reported.size(); k++) {
            ReportedDocument d = reported.get(k);
            String number = d.number();
            if (k % 2 == 1 && number.length() > 4) {
                number = number.substring(0, 2) + (k % 4 == 1 ? " " : "-") + number.substring(2);
            }
            out.add(new WatchlistEntry(
                    String.format("LSD-R%04d", k + 1),
                    List.of(),
                    List.of(),
                    Gender.UNKNOWN,
                    List.of(d.issuingCountry()),
                    List.of(new ListedDocument(d.type(), number, d.issuingCountry()))));
        }
        return out;
    }

    private WatchlistEntry plantedEntry(SplittableRandom rng, String id, WatchlistTarget t) {
        PersonName name = t.name();
        Nationality n =
                nationalities.has(t.nationality()) ? nationalities.get(t.nationality()) : nationalities.get("GBR");
        boolean female = "F".equals(t.gender());
        NameForm father = n.maleNames().get(rng.nextInt(n.maleNames().size()));
        List<String> names = new ArrayList<>();
        String surname = name.surname().nativeForm();
        String given = name.given().nativeForm();
        if (NameVariants.isCyrillic(surname)) {
            boolean ukrainian = surname.matches(".*[іїєґ].*")
                    || given.matches(".*[іїєґ].*")
                    || t.nationality().equals("UKR");
            String patronymic = NameVariants.isCyrillic(father.nativeForm())
                    ? " " + NameVariants.patronymic(father.nativeForm(), female, ukrainian)
                    : "";
            names.add(surname + " " + given + patronymic);
            String english = NameVariants.englishRomanization(given + " " + surname);
            if (!english.equalsIgnoreCase(
                    name.given().mrz() + " " + name.surname().mrz())) {
                names.add(english); // only when it is yet another spelling (Sergey for SERGEI)
            }
        } else if (NameVariants.isArabic(surname)) {
            names.add(given + " " + father.nativeForm() + " " + surname);
            names.add(NameVariants.arabicLatinVariant(name.given().mrz()) + " "
                    + NameVariants.arabicLatinVariant(name.surname().mrz()));
        } else if (!surname.equalsIgnoreCase(name.surname().mrz())
                || !given.equalsIgnoreCase(name.given().mrz())) {
            // diacritics or umlauts: the native orthography is already another spelling than the MRZ
            names.add(
                    t.nationality().equals("AZE") || n.code().equals("AZE")
                            ? surname + " " + given + " "
                                    + NameVariants.azerbaijaniPatronymic(father.nativeForm(), female)
                            : given + " " + surname);
            names.add(NameVariants.withoutDiacritics(surname + ", " + given));
        } else {
            names.add(latinVariant(name.surname().mrz()) + ", "
                    + NameVariants.title(name.given().mrz()));
        }
        LocalDate d = t.dateOfBirth();
        int form = rng.nextInt(10);
        DateOfBirth dob = form < 5
                ? DateOfBirth.of(d.getYear(), d.getMonthValue(), d.getDayOfMonth())
                : form < 8
                        ? DateOfBirth.ofYear(d.getYear())
                        : d.getDayOfMonth() <= 12 && d.getDayOfMonth() != d.getMonthValue()
                                ? DateOfBirth.of(
                                        d.getYear(),
                                        d.getDayOfMonth(),
                                        d.getMonthValue()) // day and month swapped by a clerk
                                : DateOfBirth.of(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
        Gender gender = female ? Gender.FEMALE : "M".equals(t.gender()) ? Gender.MALE : Gender.UNKNOWN;
        return new WatchlistEntry(id, names, List.of(dob), gender, List.of(t.nationality()), List.of());
    }

    /** A transcription variant of a Latin name that has no other script: KS→X, Y→I, double letters, C→K. */
    static String latinVariant(String mrz) {
        String v;
        if (mrz.contains("KS")) {
            v = mrz.replaceFirst("KS", "X");
        } else if (mrz.contains("Y")) {
            v = mrz.replaceFirst("Y", "I");
        } else if (mrz.matches(".*(.)\\1.*")) {
            v = mrz.replaceFirst("(.)\\1", "$1");
        } else if (mrz.contains("C")) {
            v = mrz.replaceFirst("C", "K");
        } else if (mrz.contains("I")) {
            v = mrz.replaceFirst("I", "Y");
        } else {
            v = mrz + "E";
        }
        return NameVariants.title(v);
    }

    private List<String> listNames(
            SplittableRandom rng,
            String nat,
            PersonName name,
            NameForm father,
            boolean female,
            boolean nativeOnlySurname) {
        List<String> names = new ArrayList<>();
        String surname = name.surname().nativeForm();
        String given = name.given().nativeForm();
        switch (nat) {
            case "RUS", "UKR", "KAZ" -> {
                String patronymic = NameVariants.isCyrillic(father.nativeForm())
                        ? " " + NameVariants.patronymic(father.nativeForm(), female, nat.equals("UKR"))
                        : "";
                names.add(
                        NameVariants.isCyrillic(surname) ? surname + " " + given + patronymic : given + " " + surname);
                if (rng.nextInt(100) < 50) {
                    names.add(NameVariants.englishRomanization(given + " " + surname));
                }
                if (rng.nextInt(100) < 20) {
                    names.add(name.surname().mrz() + " " + name.given().mrz());
                }
            }
            case "AZE" -> {
                names.add(
                        surname + " " + given + " " + NameVariants.azerbaijaniPatronymic(father.nativeForm(), female));
                if (rng.nextInt(100) < 40) {
                    names.add(name.surname().mrz() + " " + name.given().mrz());
                }
            }
            case "JOR" -> {
                names.add(given + " " + father.nativeForm() + " " + surname);
                if (!nativeOnlySurname && rng.nextInt(100) < 70) {
                    names.add(NameVariants.arabicLatinVariant(name.given().mrz()) + " "
                            + NameVariants.arabicLatinVariant(father.mrz()) + " "
                            + NameVariants.arabicLatinVariant(name.surname().mrz()));
                }
            }
            case "MDA", "ROU", "TUR" -> {
                names.add(surname + " " + given);
                if (rng.nextInt(100) < 30) {
                    names.add(name.surname().mrz() + " " + name.given().mrz());
                }
            }
            default -> {
                names.add(given + " " + surname);
                if (rng.nextInt(100) < 20) {
                    names.add(name.surname().mrz() + ", " + given);
                }
            }
        }
        return names;
    }

    private static DateOfBirth randomDateOfBirth(SplittableRandom rng) {
        int year = 1950 + rng.nextInt(56);
        int form = rng.nextInt(100);
        if (form < 60) {
            LocalDate d = LocalDate.of(year, 1, 1).plusDays(rng.nextInt(365));
            return DateOfBirth.of(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
        }
        if (form < 85) {
            return DateOfBirth.ofYear(year);
        }
        if (form < 95) {
            return new DateOfBirth(year, 1 + rng.nextInt(12), 0, year);
        }
        return DateOfBirth.between(year, year + 1 + rng.nextInt(3));
    }

    private static String pick(SplittableRandom rng, Map<String, Integer> weights) {
        return org.piu.targeting.sample.RandomStreams.weighted(rng, weights);
    }
}
