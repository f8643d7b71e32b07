package org.piu.targeting.matching.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.piu.targeting.matching.normalize.CyrillicRomanization;
import org.piu.targeting.matching.normalize.LatinFolding;
import org.piu.targeting.matching.watchlist.DateOfBirth;
import org.piu.targeting.matching.watchlist.Gender;
import org.piu.targeting.matching.watchlist.PersonQuery;
import org.piu.targeting.matching.watchlist.WatchlistEntry;

/**
 * Deterministic synthetic multi-script watchlist entries and passengers for benchmarks: Russian/Ukrainian names in
 * Cyrillic with patronymics, Romanian/Moldovan names with diacritics, Azerbaijani Latin, Arabic script and
 * Latin-transliterated Arabic, English names; aliases; dates of birth. Passengers are mostly other people drawn from
 * the same pools (realistic candidate load), a few are listed persons in passport spelling.
 */
final class SyntheticWatchlist {

    private static final String[] RU_GIVEN = {
        "Александр",
        "Алексей",
        "Андрей",
        "Сергей",
        "Дмитрий",
        "Михаил",
        "Николай",
        "Иван",
        "Владимир",
        "Евгений",
        "Юрий",
        "Олег",
        "Игорь",
        "Павел",
        "Виктор",
        "Максим",
        "Артём",
        "Константин",
        "Григорий",
        "Фёдор",
        "Роман",
        "Руслан",
        "Тимур",
        "Анатолий",
        "Борис",
        "Вадим",
        "Геннадий",
        "Леонид",
        "Степан",
        "Ярослав"
    };
    private static final String[] RU_ROOTS = {
        "Иван",
        "Петр",
        "Смирн",
        "Кузнец",
        "Попов",
        "Соколов",
        "Лебед",
        "Козл",
        "Новик",
        "Мороз",
        "Волк",
        "Соловь",
        "Васил",
        "Зайц",
        "Павл",
        "Семен",
        "Голуб",
        "Виноград",
        "Богдан",
        "Воробь",
        "Жук",
        "Щербак",
        "Коваль",
        "Бондар",
        "Ткач",
        "Кравч",
        "Мельник",
        "Бойк",
        "Шевч",
        "Лисен",
        "Руден",
        "Савч",
        "Марч",
        "Гонч",
        "Яков",
        "Захар",
        "Гнат",
        "Левч",
        "Ермол",
        "Чернов",
        "Белов",
        "Громов",
        "Титов",
        "Орлов",
        "Макар",
        "Никит",
        "Федот",
        "Тарас",
        "Кирил",
        "Данил"
    };
    private static final String[] RU_SUFFIX = {"ов", "ев", "ин", "енко", "чук", "ский", "ович", "ук", "ко", "яев"};
    private static final String[] RO_GIVEN = {
        "Ion",
        "Vasile",
        "Gheorghe",
        "Nicolae",
        "Andrei",
        "Alexandru",
        "Sergiu",
        "Mihai",
        "Ștefan",
        "Dumitru",
        "Petru",
        "Victor",
        "Tudor",
        "Oleg",
        "Vitalie",
        "Maria",
        "Elena",
        "Ana",
        "Natalia",
        "Ecaterina"
    };
    private static final String[] RO_SUR = {
        "Ciobanu",
        "Rotaru",
        "Munteanu",
        "Cebotari",
        "Ceban",
        "Guțu",
        "Cojocaru",
        "Platon",
        "Sîrbu",
        "Moraru",
        "Lungu",
        "Cazacu",
        "Bălan",
        "Crăciun",
        "Grosu",
        "Rață",
        "Leancă",
        "Ungureanu",
        "Țurcanu",
        "Popescu",
        "Rusu",
        "Lupu",
        "Botnaru",
        "Melnic",
        "Ursu",
        "Bodiu",
        "Chiriac",
        "Donica",
        "Țurcan",
        "Zaharia"
    };
    private static final String[] AZ_GIVEN = {
        "Elçin", "Rəşad", "Tural", "Vüqar", "Ramiz", "Orxan", "Şahin", "Fərid", "İlham", "Anar", "Cavid", "Elşən",
        "Zaur", "Rövşən", "Teymur", "Nicat", "Aynur", "Günel", "Leyla", "Nigar"
    };
    private static final String[] AZ_SUR = {
        "Məmmədov",
        "Əliyev",
        "Hüseynov",
        "Quliyev",
        "Həsənov",
        "Cəfərov",
        "Xəlilov",
        "Abbasov",
        "İsmayılov",
        "Nəsirov",
        "Rzayev",
        "Qasımov",
        "Bağırov",
        "Səfərov",
        "Rəhimov",
        "Süleymanov",
        "Mirzəyev",
        "Kərimov",
        "Axundov",
        "Qafarov",
        "Bayramov",
        "Novruzov",
        "Vəliyev",
        "Hacıyev",
        "Əsgərov"
    };
    private static final String[] AR_GIVEN = {
        "محمد",
        "أحمد",
        "علي",
        "حسن",
        "حسين",
        "عمر",
        "يوسف",
        "خالد",
        "إبراهيم",
        "مصطفى",
        "طارق",
        "ناصر",
        "وليد",
        "بلال",
        "مروان",
        "فيصل",
        "هشام",
        "سعيد",
        "عبد الله",
        "عبد الرحمن",
        "عبد العزيز",
        "جمال",
        "كريم",
        "سامي",
        "زياد",
        "فاطمة",
        "ليلى",
        "زينب",
        "مريم",
        "عائشة"
    };
    private static final String[] AR_FAMILY = {
        "الأحمد",
        "الخطيب",
        "الشامي",
        "النعيمي",
        "الموسوي",
        "العلي",
        "السيد",
        "القحطاني",
        "الزهراني",
        "العتيبي",
        "الحسن",
        "العبدالله",
        "الحلبي",
        "الجابري",
        "البكري",
        "الراوي",
        "التكريتي",
        "الحوثي",
        "العمراني",
        "المطيري",
        "القاسم",
        "الدوسري",
        "الحربي",
        "الغامدي",
        "الشمري",
        "العنزي",
        "الكعبي",
        "المصري",
        "البغدادي",
        "الدمشقي"
    };
    private static final String[] EN_GIVEN = {
        "John", "Michael", "David", "James", "Robert", "William", "Thomas", "Daniel", "Paul", "Mark", "Mary", "Sarah",
        "Anna", "Laura", "Emma"
    };
    private static final String[] EN_SUR = {
        "Smith",
        "Johnson",
        "Brown",
        "Taylor",
        "Wilson",
        "Davies",
        "Evans",
        "Thomas",
        "Roberts",
        "Walker",
        "Wright",
        "Thompson",
        "White",
        "Hughes",
        "Edwards",
        "Green",
        "Hall",
        "Wood",
        "Harris",
        "Clarke"
    };

    private static final String[] CY_S1 = {
        "Бел", "Вор", "Гол", "Дор", "Жел", "Зар", "Кал", "Лав", "Мир", "Нос", "Пол", "Рыб", "Сав", "Тим", "Фом", "Хар",
        "Чер", "Шум", "Яр", "Бур", "Гуд", "Дем", "Ерш", "Кос", "Лук", "Мих", "Огн", "Рог", "Сух", "Тур"
    };
    private static final String[] CY_S2 = {
        "", "ан", "ен", "ин", "он", "ык", "ал", "ор", "уш", "яч", "ев", "иц", "ом", "аш", "ур"
    };
    private static final String[] RO_S1 = {
        "Bot", "Cald", "Dar", "Gor", "Lung", "Mor", "Pop", "Rus", "Stan", "Tab", "Vrab", "Zam", "Bur", "Chir", "Dobr",
        "Fur", "Hâr", "Jal", "Mân", "Năst", "Prod", "Scut", "Țăr", "Vâlc", "Zug"
    };
    private static final String[] RO_S2 = {"", "ar", "ul", "ic", "oș", "an", "el", "in", "or", "ăr"};
    private static final String[] RO_SUFFIX = {"u", "escu", "eanu", "aru", "ache", "ii"};
    private static final String[] AZ_S1 = {
        "Əhməd", "Bağır", "Cəfər", "Dadaş", "Əkbər", "Fərhad", "Heydər", "İsa", "Kamil", "Lətif", "Məmməd", "Nadir",
        "Oruc", "Pənah", "Qədir", "Rəhim", "Sadıq", "Talıb", "Vahid", "Yusif", "Zahid", "Şirin", "Çingiz", "Xan"
    };
    private static final String[] AZ_SUFFIX = {"ov", "ova", "li", "zadə", "bəyli", "ov", "lı"};
    private static final String[] AR_C = {
        "ب", "ت", "ج", "ح", "خ", "د", "ر", "ز", "س", "ش", "ص", "ط", "ع", "ف", "ق", "ك", "ل", "م", "ن", "ه", "و", "ي"
    };
    private static final String[] EN_S1 = {
        "Ash", "Black", "Brad", "Chad", "Craw", "Dun", "Fair", "Gold", "Hart", "Kings", "Lang", "Mar", "Nor", "Pem",
        "Rad", "Stan", "Thorn", "Wake", "West", "Whit"
    };
    private static final String[] EN_S2 = {"ford", "ley", "ton", "wick", "wood", "field", "bury", "by", "ham", "more"};

    private SyntheticWatchlist() {}

    private static String ruSurname(SplittableRandom r) {
        return r.nextInt(3) == 0
                ? pick(r, RU_ROOTS) + pick(r, RU_SUFFIX)
                : pick(r, CY_S1) + pick(r, CY_S2) + pick(r, RU_SUFFIX);
    }

    private static String roSurname(SplittableRandom r) {
        return r.nextInt(3) == 0 ? pick(r, RO_SUR) : pick(r, RO_S1) + pick(r, RO_S2) + pick(r, RO_SUFFIX);
    }

    private static String azSurname(SplittableRandom r) {
        return r.nextInt(3) == 0 ? pick(r, AZ_SUR) : pick(r, AZ_S1) + pick(r, AZ_SUFFIX);
    }

    private static String arFamily(SplittableRandom r) {
        return r.nextInt(3) == 0
                ? pick(r, AR_FAMILY)
                : "ال" + pick(r, AR_C) + pick(r, AR_C) + "ا" + pick(r, AR_C) + "ي";
    }

    private static String enSurname(SplittableRandom r) {
        return r.nextInt(3) == 0 ? pick(r, EN_SUR) : pick(r, EN_S1) + pick(r, EN_S2);
    }

    private record Person(List<String> names, String passportName, Gender gender, String nationality) {}

    private static Person person(SplittableRandom r) {
        int kind = r.nextInt(100);
        if (kind < 35) { // Russian / Ukrainian, Cyrillic
            String given = pick(r, RU_GIVEN);
            String sur = ruSurname(r);
            String father = pick(r, RU_GIVEN).replaceAll("[ийь]$", "") + (r.nextBoolean() ? "ович" : "евич");
            String cyr = sur + " " + given + " " + father;
            List<String> names = new ArrayList<>(List.of(cyr));
            if (r.nextInt(4) == 0) {
                names.add(CyrillicRomanization.RUSSIAN_BGN.romanize(given + " " + sur));
            }
            return new Person(
                    names,
                    CyrillicRomanization.ICAO_9303.romanize(sur + " " + given).toUpperCase(Locale.ROOT),
                    Gender.MALE,
                    r.nextBoolean() ? "RUS" : "UKR");
        }
        if (kind < 55) { // Romanian / Moldovan
            String given = pick(r, RO_GIVEN);
            String sur = roSurname(r) + (r.nextInt(5) == 0 ? "-" + roSurname(r) : "");
            return new Person(
                    List.of(given + " " + sur),
                    LatinFolding.plain(sur + " " + given).toUpperCase(Locale.ROOT),
                    r.nextInt(4) == 0 ? Gender.FEMALE : Gender.MALE,
                    "MDA");
        }
        if (kind < 70) { // Azerbaijani
            String given = pick(r, AZ_GIVEN);
            String sur = azSurname(r);
            return new Person(
                    List.of(given + " " + sur + (r.nextBoolean() ? " " + pick(r, AZ_GIVEN) + " oğlu" : "")),
                    LatinFolding.plain(sur + " " + given).toUpperCase(Locale.ROOT),
                    Gender.MALE,
                    "AZE");
        }
        if (kind < 90) { // Arabic script, often with a Latin alias
            String given = pick(r, AR_GIVEN);
            String father = pick(r, AR_GIVEN);
            String family = arFamily(r);
            List<String> names = new ArrayList<>(List.of(given + " " + father + " " + family));
            String latin = org.piu.targeting.matching.normalize.ArabicRomanization.CONSONANTAL
                    .romanize(given + " " + family)
                    .toUpperCase(Locale.ROOT);
            if (r.nextBoolean()) {
                names.add(latin);
            }
            return new Person(names, latin, Gender.MALE, "SYR");
        }
        String given = pick(r, EN_GIVEN);
        String sur = enSurname(r) + (r.nextInt(4) == 0 ? "-" + enSurname(r) : "");
        return new Person(
                List.of(given + " " + pick(r, EN_GIVEN).charAt(0) + ". " + sur),
                (sur + " " + given).toUpperCase(Locale.ROOT),
                Gender.MALE,
                "GBR");
    }

    private static String pick(SplittableRandom r, String[] a) {
        return a[r.nextInt(a.length)];
    }

    private static DateOfBirth dob(SplittableRandom r) {
        return DateOfBirth.of(1940 + r.nextInt(65), 1 + r.nextInt(12), 1 + r.nextInt(28));
    }

    static List<WatchlistEntry> entries(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<WatchlistEntry> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Person p = person(r);
            List<DateOfBirth> dobs =
                    r.nextInt(5) == 0 ? List.of(DateOfBirth.ofYear(1940 + r.nextInt(65))) : List.of(dob(r));
            out.add(new WatchlistEntry("S" + i, p.names, dobs, p.gender, List.of(p.nationality), List.of()));
        }
        return out;
    }

    /** A flight: mostly unlisted travellers, about 1 % listed persons in passport spelling (regenerated from the seed). */
    static List<PersonQuery> flight(int size, long flightSeed, int listSize, long listSeed) {
        SplittableRandom r = new SplittableRandom(flightSeed);
        List<PersonQuery> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            if (r.nextInt(100) == 0) {
                // re-derive listed person k: replay the generator up to k (cheap for small k only, so use early
                // entries)
                int k = r.nextInt(Math.min(listSize, 2000));
                WatchlistEntry e = entries(k + 1, listSeed).get(k);
                out.add(new PersonQuery(
                        "P" + i,
                        e.names().getFirst(),
                        null,
                        null,
                        e.datesOfBirth().getFirst(),
                        e.gender(),
                        e.nationalities().getFirst(),
                        null,
                        null));
            } else {
                Person p = person(r);
                out.add(new PersonQuery(
                        "P" + i, p.passportName, null, null, dob(r), p.gender, p.nationality, null, null));
            }
        }
        return out;
    }
}
