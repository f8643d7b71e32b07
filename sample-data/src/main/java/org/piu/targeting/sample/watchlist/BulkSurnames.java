package org.piu.targeting.sample.watchlist;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.piu.targeting.sample.people.NameForm;

/**
 * Surnames for large generated lists, built the way the languages build them (root + -ов/-ин/-енко/-чук,
 * Azerbaijani -ov/-li/-zadə, Romanian -escu/-eanu, Turkish -oğlu, Arabic al- + root), so that a million entries
 * carry tens of thousands of distinct surnames instead of repeating a few dozen. Each comes with its MRZ form
 * (ICAO 9303 transliteration), which list aliases sometimes use.
 */
final class BulkSurnames {

    private static final List<String> SLAVIC_ROOTS = List.of(
            "Бел",
            "Черн",
            "Сух",
            "Мельник",
            "Гончар",
            "Кузнец",
            "Соловь",
            "Ворон",
            "Голуб",
            "Журавл",
            "Медвед",
            "Лис",
            "Зайц",
            "Орл",
            "Сокол",
            "Ястреб",
            "Гус",
            "Лебед",
            "Дуб",
            "Берез",
            "Клён",
            "Калин",
            "Малин",
            "Рыб",
            "Щук",
            "Карп",
            "Осетр",
            "Богдан",
            "Мирон",
            "Назар",
            "Остап",
            "Панкрат",
            "Прохор",
            "Савел",
            "Тарас",
            "Фом",
            "Харитон",
            "Яков",
            "Громов",
            "Тих",
            "Быстр",
            "Добр",
            "Крас",
            "Молод",
            "Стар",
            "Новосел",
            "Полев",
            "Лесн",
            "Луг",
            "Озер",
            "Рек",
            "Гор",
            "Камен",
            "Желез",
            "Медн",
            "Сереб",
            "Золот",
            "Шапош",
            "Сапож",
            "Кожемяк",
            "Ткач",
            "Бондар",
            "Коваль",
            "Пекар",
            "Рудн",
            "Поляк",
            "Литвин",
            "Волын",
            "Подол",
            "Черкас",
            "Кривонос",
            "Дорош",
            "Лукаш",
            "Марчук");
    private static final List<String> RUSSIAN_SUFFIXES = List.of("ов", "ин", "ский", "ов", "ин", "ников");
    private static final List<String> UKRAINIAN_SUFFIXES = List.of("енко", "чук", "ук", "ський", "ів", "ович");
    private static final List<String> AZERI_ROOTS = List.of(
            "Məmməd",
            "Əli",
            "Həsən",
            "Hüseyn",
            "Qulu",
            "İsmayıl",
            "Abdulla",
            "Baba",
            "Cəfər",
            "Rza",
            "Musa",
            "Süleyman",
            "Oruc",
            "Nağı",
            "Qasım",
            "Ağa",
            "Vəli",
            "Kərim",
            "Sadıq",
            "Hacı",
            "Nəbi",
            "Şirin",
            "Əhməd",
            "Rəhim",
            "Səfər",
            "Əsəd",
            "Bağır",
            "Heydər",
            "Zeynal",
            "Tağı",
            "Novruz",
            "Bayram",
            "Xəlil",
            "İbrahim",
            "Yusif",
            "Rüstəm",
            "Fərhad",
            "Əsgər",
            "Pənah",
            "Sultan");
    private static final List<String> AZERI_SUFFIXES = List.of("ov", "li", "zadə", "bəyli", "ov", "ov");
    private static final List<String> ROMANIAN_ROOTS = List.of(
            "Pop", "Ion", "Stan", "Dumitr", "Radu", "Vas", "Nicol", "Mir", "Bogd", "Crist", "Andr", "Petr", "Pavl",
            "Costin", "Marin", "Toma", "Lung", "Bălan", "Negr", "Albu", "Roș", "Vlad", "Dragom", "Cârl", "Mănăst",
            "Țig", "Șerb", "Grigor", "Zamfir", "Tudor");
    private static final List<String> ROMANIAN_SUFFIXES = List.of("escu", "eanu", "ache", "ică", "oiu", "aru");
    private static final List<String> TURKISH_ROOTS = List.of(
            "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Arslan", "Doğan", "Kılıç",
            "Çetin", "Koç", "Kurt", "Özkan", "Şimşek", "Polat", "Erdem", "Güneş", "Aksoy", "Karaca", "Bulut", "Toprak",
            "Tekin", "Ateş", "Uysal", "Kalkan", "Sarı", "Ekinci", "Balcı");
    private static final List<String> TURKISH_SUFFIXES = List.of("", "oğlu", "er", "han", "soy", "");
    private static final List<String> ARABIC_ROOTS = List.of(
            "رشيد", "حسن", "خليل", "منصور", "ناصر", "صالح", "يوسف", "أحمد", "مصري", "خطيب", "قاسم", "حمدان", "عطار",
            "نجار", "حداد", "شامي", "حلبي", "بغدادي", "تميمي", "زعبي", "عبيدي", "جبوري", "دليمي", "شمري", "عنزي",
            "قحطاني", "غامدي", "زهراني", "هاشمي", "كبيسي", "سامرائي", "عاني", "راوي", "كردي", "بكري", "عمري", "فاروقي",
            "صديقي", "حسيني", "موسوي");
    private static final List<String> UZBEK_ROOTS = List.of(
            "Karim",
            "Yusup",
            "Rakhim",
            "Toshmat",
            "Ergash",
            "Nazar",
            "Said",
            "Abdulla",
            "Mirza",
            "Xolmat",
            "Rustam",
            "Sobir",
            "Olim",
            "Jura",
            "Usmon",
            "Qodir",
            "Nurmat",
            "Xudoyberdi",
            "Sharip",
            "Tursun",
            "Umar",
            "Alim",
            "Boboqul",
            "Ibrohim",
            "Hamro",
            "Xasan",
            "Eshmat");
    private static final List<String> GEORGIAN_ROOTS = List.of(
            "Beri",
            "Kapana",
            "Gela",
            "Maisura",
            "Giorga",
            "Lomi",
            "Tsiklau",
            "Kvaratskhe",
            "Bolkva",
            "Noza",
            "Khutsi",
            "Shenge",
            "Japari",
            "Mikela",
            "Abashi",
            "Chkhei",
            "Dolidze",
            "Gogo",
            "Iose",
            "Javakhi",
            "Kiknavel",
            "Lortkipani",
            "Margve",
            "Natsvli",
            "Papuna",
            "Tsereteli");
    private static final List<String> GEORGIAN_SUFFIXES = List.of("dze", "shvili", "ia", "ava", "ani", "eli");
    private static final Map<Character, String> ICAO = Map.ofEntries(
            Map.entry('а', "A"),
            Map.entry('б', "B"),
            Map.entry('в', "V"),
            Map.entry('г', "G"),
            Map.entry('д', "D"),
            Map.entry('е', "E"),
            Map.entry('ё', "E"),
            Map.entry('ж', "ZH"),
            Map.entry('з', "Z"),
            Map.entry('и', "I"),
            Map.entry('й', "I"),
            Map.entry('к', "K"),
            Map.entry('л', "L"),
            Map.entry('м', "M"),
            Map.entry('н', "N"),
            Map.entry('о', "O"),
            Map.entry('п', "P"),
            Map.entry('р', "R"),
            Map.entry('с', "S"),
            Map.entry('т', "T"),
            Map.entry('у', "U"),
            Map.entry('ф', "F"),
            Map.entry('х', "KH"),
            Map.entry('ц', "TS"),
            Map.entry('ч', "CH"),
            Map.entry('ш', "SH"),
            Map.entry('щ', "SHCH"),
            Map.entry('ъ', "IE"),
            Map.entry('ы', "Y"),
            Map.entry('ь', ""),
            Map.entry('э', "E"),
            Map.entry('ю', "IU"),
            Map.entry('я', "IA"),
            Map.entry('і', "I"),
            Map.entry('ї', "I"),
            Map.entry('є', "IE"),
            Map.entry('ґ', "G"));

    private BulkSurnames() {}

    /** A generated surname for the nationality, or null when there is no generator for it (use the common pool). */
    static NameForm surname(RandomGenerator rng, String nationality, boolean female) {
        return switch (nationality) {
            case "RUS", "KAZ" -> slavic(rng, RUSSIAN_SUFFIXES, female, false);
            case "UKR" -> slavic(rng, UKRAINIAN_SUFFIXES, female, true);
            case "AZE" -> {
                String root = pick(rng, AZERI_ROOTS);
                String suffix = pick(rng, AZERI_SUFFIXES);
                if (suffix.equals("ov") && "aəıiuüoöe".indexOf(root.charAt(root.length() - 1)) >= 0) {
                    suffix = "yev"; // Ağa → Ağayev, Nağı → Nağıyev
                }
                String n = root + suffix + (female && (suffix.equals("ov") || suffix.equals("yev")) ? "a" : "");
                yield new NameForm(mrzLatin(n), n);
            }
            case "MDA", "ROU" -> {
                String n = pick(rng, ROMANIAN_ROOTS) + pick(rng, ROMANIAN_SUFFIXES);
                yield new NameForm(mrzLatin(n), n);
            }
            case "TUR" -> {
                String n = pick(rng, TURKISH_ROOTS) + pick(rng, TURKISH_SUFFIXES);
                yield new NameForm(mrzLatin(n), n);
            }
            case "UZB" -> {
                String n = pick(rng, UZBEK_ROOTS) + (rng.nextBoolean() ? "ov" : "bekov") + (female ? "a" : "");
                yield new NameForm(mrzLatin(n), n);
            }
            case "GEO" -> {
                String n = pick(rng, GEORGIAN_ROOTS) + pick(rng, GEORGIAN_SUFFIXES);
                yield new NameForm(mrzLatin(n), n);
            }
            case "JOR" -> {
                String root = pick(rng, ARABIC_ROOTS);
                yield new NameForm(null, rng.nextBoolean() ? "ال" + root : root);
            }
            default -> null;
        };
    }

    private static NameForm slavic(RandomGenerator rng, List<String> suffixes, boolean female, boolean ukrainian) {
        String root = pick(rng, SLAVIC_ROOTS);
        String suffix = pick(rng, suffixes);
        String n = root + suffix;
        if (female) {
            if (n.endsWith("ский") || n.endsWith("ський")) {
                n = n.substring(0, n.length() - 2) + (ukrainian ? "ка" : "ая");
            } else if (n.endsWith("ов") || n.endsWith("ев") || n.endsWith("ин") || n.endsWith("ников")) {
                n = n + "а";
            }
        }
        return new NameForm(icao(n), n);
    }

    /** Cyrillic to the ICAO 9303 (2015) transliteration used in MRZs, upper case. */
    static String icao(String cyrillic) {
        StringBuilder sb = new StringBuilder();
        for (char c : cyrillic.toLowerCase(Locale.ROOT).toCharArray()) {
            String t = ICAO.get(c);
            sb.append(t != null ? t : String.valueOf(Character.toUpperCase(c)));
        }
        return sb.toString();
    }

    /** Latin with diacritics to MRZ letters: Azerbaijani ə → A, ı → I, then marks dropped (ş → S, ğ → G). */
    static String mrzLatin(String s) {
        String t = s.replace('ə', 'a').replace('Ə', 'A').replace('ı', 'i');
        return Normalizer.normalize(t, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT);
    }

    private static String pick(RandomGenerator rng, List<String> values) {
        return values.get(rng.nextInt(values.size()));
    }
}
