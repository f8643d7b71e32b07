package org.piu.targeting.matching.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.piu.targeting.matching.watchlist.DateOfBirth;
import org.piu.targeting.matching.watchlist.Gender;
import org.piu.targeting.matching.watchlist.ListedDocument;
import org.piu.targeting.matching.watchlist.PersonQuery;
import org.piu.targeting.matching.watchlist.WatchlistEntry;

/**
 * Pins the exact score and explanation of pairs that between them use every kind of evidence (each date-of-birth
 * outcome, gender, nationality, transliterated and Arabic-script names, initials, joined parts). The values were
 * captured before the weights moved into {@link ScoringWeights}: a failure here means the calibration changed,
 * which must be a deliberate decision (re-run {@code ./piu evaluate all} and update README's results), never a
 * side effect of a refactoring.
 */
class MatchScorerPinnedTest {

    private final MatchScorer scorer = new MatchScorer();

    @ParameterizedTest(name = "{0}")
    @MethodSource("pinned")
    void scores_and_explains_exactly_as_calibrated(
            String title, PersonQuery passenger, WatchlistEntry listed, double score, List<String> explanation) {
        ScoredMatch m = scorer.score(passenger, listed);
        assertThat(m.score()).isEqualTo(score);
        assertThat(m.explanation()).containsExactlyElementsOf(explanation);
    }

    @Test
    void an_entry_without_names_has_no_comparable_name() {
        WatchlistEntry documentOnly = new WatchlistEntry(
                "E",
                List.of(),
                List.of(),
                Gender.UNKNOWN,
                List.of(),
                List.of(new ListedDocument("P", "AB1234567", "MDA")));
        ScoredMatch m = scorer.score(PersonQuery.ofName("P", "ION CIOBANU"), documentOnly);
        assertThat(m.score()).isZero();
        assertThat(m.explanation()).containsExactly("no comparable name");
    }

    static Stream<Arguments> pinned() {
        return Stream.of(
                pinned(
                        "exact_date_of_birth_same_gender_and_nationality",
                        passenger("ION CEOBANU", "1985-03-02", "M", "MDA"),
                        listed("Ion Ciobanu", "1985-03-02", "M", "MDA"),
                        0.9856964284349233,
                        "score 0.99",
                        "name ION CEOBANU ≈ Ion Ciobanu (0.97)",
                        "name part ION = ION (exact, 1.00)",
                        "name part CEOBANU ≈ CIOBANU (typo, 0.94)",
                        "DOB 1985-03-02 = 1985-03-02 (exact) [+0.02]",
                        "gender MALE = MALE",
                        "nationality MDA = MDA"),
                pinned(
                        "same_year_and_month",
                        passenger("ION CEOBANU", "1985-03-02", "", ""),
                        listed("Ion Ciobanu", "1985-03", "", ""),
                        0.9761607140582055,
                        "score 0.98",
                        "name ION CEOBANU ≈ Ion Ciobanu (0.97)",
                        "name part ION = ION (exact, 1.00)",
                        "name part CEOBANU ≈ CIOBANU (typo, 0.94)",
                        "DOB 1985-03-02 ≈ 1985-03 (same year and month) [+0.01]"),
                pinned(
                        "same_year",
                        passenger("ION CEOBANU", "1985-03-02", "", ""),
                        listed("Ion Ciobanu", "1985", "", ""),
                        0.9761607140582055,
                        "score 0.98",
                        "name ION CEOBANU ≈ Ion Ciobanu (0.97)",
                        "name part ION = ION (exact, 1.00)",
                        "name part CEOBANU ≈ CIOBANU (typo, 0.94)",
                        "DOB 1985-03-02 ≈ 1985 (same year) [+0.01]"),
                pinned(
                        "within_a_listed_range",
                        passenger("ION CEOBANU", "1962-07-19", "", ""),
                        listed("Ion Ciobanu", "1960-1965", "", ""),
                        0.9761607140582055,
                        "score 0.98",
                        "name ION CEOBANU ≈ Ion Ciobanu (0.97)",
                        "name part ION = ION (exact, 1.00)",
                        "name part CEOBANU ≈ CIOBANU (typo, 0.94)",
                        "DOB 1962-07-19 ≈ 1960-1965 (within listed range) [+0.01]"),
                pinned(
                        "swapped_day_and_month",
                        passenger("ION CEOBANU", "1985-02-03", "", ""),
                        listed("Ion Ciobanu", "1985-03-02", "", ""),
                        0.9729821425992996,
                        "score 0.97",
                        "name ION CEOBANU ≈ Ion Ciobanu (0.97)",
                        "name part ION = ION (exact, 1.00)",
                        "name part CEOBANU ≈ CIOBANU (typo, 0.94)",
                        "DOB 1985-02-03 ≈ 1985-03-02 (day and month swapped)"),
                pinned(
                        "one_digit_differs",
                        passenger("ION CEOBANU", "1985-03-07", "", ""),
                        listed("Ion Ciobanu", "1985-03-02", "", ""),
                        0.9729821425992996,
                        "score 0.97",
                        "name ION CEOBANU ≈ Ion Ciobanu (0.97)",
                        "name part ION = ION (exact, 1.00)",
                        "name part CEOBANU ≈ CIOBANU (typo, 0.94)",
                        "DOB 1985-03-07 ≈ 1985-03-02 (one digit differs)"),
                pinned(
                        "one_year_apart",
                        passenger("ION CEOBANU", "1990-03-02", "", ""),
                        listed("Ion Ciobanu", "1989-03-02", "", ""),
                        0.929485713994503,
                        "score 0.93",
                        "name ION CEOBANU ≈ Ion Ciobanu (0.97)",
                        "name part ION = ION (exact, 1.00)",
                        "name part CEOBANU ≈ CIOBANU (typo, 0.94)",
                        "DOB 1990-03-02 ~ 1989-03-02 (one year apart) [-0.04]"),
                pinned(
                        "same_year_other_day",
                        passenger("ION CEOBANU", "1985-07-19", "", ""),
                        listed("Ion Ciobanu", "1985-03-02", "", ""),
                        0.8229821425992996,
                        "score 0.82",
                        "name ION CEOBANU ≈ Ion Ciobanu (0.97)",
                        "name part ION = ION (exact, 1.00)",
                        "name part CEOBANU ≈ CIOBANU (typo, 0.94)",
                        "DOB 1985-07-19 ≠ 1985-03-02 (partly different) [-0.15]"),
                pinned(
                        "dates_two_years_apart",
                        passenger("ION CEOBANU", "1983-07-19", "", ""),
                        listed("Ion Ciobanu", "1985-03-02", "", ""),
                        0.8229821425992996,
                        "score 0.82",
                        "name ION CEOBANU ≈ Ion Ciobanu (0.97)",
                        "name part ION = ION (exact, 1.00)",
                        "name part CEOBANU ≈ CIOBANU (typo, 0.94)",
                        "DOB 1983-07-19 ≠ 1985-03-02 (far apart) [-0.15]"),
                pinned(
                        "dates_four_years_apart",
                        passenger("ION CEOBANU", "1981-07-19", "", ""),
                        listed("Ion Ciobanu", "1985-03-02", "", ""),
                        0.7552071426205338,
                        "score 0.76",
                        "name ION CEOBANU ≈ Ion Ciobanu (0.97)",
                        "name part ION = ION (exact, 1.00)",
                        "name part CEOBANU ≈ CIOBANU (typo, 0.94)",
                        "DOB 1981-07-19 ≠ 1985-03-02 (far apart) [-0.21]"),
                pinned(
                        "dates_six_years_apart",
                        passenger("ION CEOBANU", "1979-07-19", "", ""),
                        listed("Ion Ciobanu", "1985-03-02", "", ""),
                        0.6971142854958773,
                        "score 0.70",
                        "name ION CEOBANU ≈ Ion Ciobanu (0.97)",
                        "name part ION = ION (exact, 1.00)",
                        "name part CEOBANU ≈ CIOBANU (typo, 0.94)",
                        "DOB 1979-07-19 ≠ 1985-03-02 (far apart) [-0.27]"),
                pinned(
                        "dates_nine_years_apart",
                        passenger("ION CEOBANU", "1976-07-19", "", ""),
                        listed("Ion Ciobanu", "1985-03-02", "", ""),
                        0.6293392855171115,
                        "score 0.63",
                        "name ION CEOBANU ≈ Ion Ciobanu (0.97)",
                        "name part ION = ION (exact, 1.00)",
                        "name part CEOBANU ≈ CIOBANU (typo, 0.94)",
                        "DOB 1976-07-19 ≠ 1985-03-02 (far apart) [-0.34]"),
                pinned(
                        "namesake_decades_apart",
                        passenger("IVANOV SERGEI", "1990-05-14", "M", "RUS"),
                        listed("Иванов Сергей", "1961-11-02", "M", "RUS"),
                        0.65,
                        "score 0.65",
                        "name IVANOV SERGEI ≈ Иванов Сергей (1.00, ICAO 9303)",
                        "name part IVANOV = IVANOV (transliteration, 1.00)",
                        "name part SERGEI = SERGEI (transliteration, 1.00)",
                        "DOB 1990-05-14 ≠ 1961-11-02 (far apart) [-0.35]",
                        "gender MALE = MALE",
                        "nationality RUS = RUS"),
                pinned(
                        "no_date_for_the_passenger",
                        passenger("ION CEOBANU", "", "", ""),
                        listed("Ion Ciobanu", "1985-03-02", "", ""),
                        0.9682142854109407,
                        "score 0.97",
                        "name ION CEOBANU ≈ Ion Ciobanu (0.97)",
                        "name part ION = ION (exact, 1.00)",
                        "name part CEOBANU ≈ CIOBANU (typo, 0.94)",
                        "DOB not given for passenger"),
                pinned(
                        "no_date_on_the_list",
                        passenger("ION CEOBANU", "1985-03-02", "", ""),
                        listed("Ion Ciobanu", "", "", ""),
                        0.9682142854109407,
                        "score 0.97",
                        "name ION CEOBANU ≈ Ion Ciobanu (0.97)",
                        "name part ION = ION (exact, 1.00)",
                        "name part CEOBANU ≈ CIOBANU (typo, 0.94)",
                        "DOB not on list entry"),
                pinned(
                        "weak_name_gets_no_support_from_an_exact_date",
                        passenger("MARIA POPESCU", "1985-03-02", "", ""),
                        listed("Ion Ciobanu", "1985-03-02", "", ""),
                        0.0,
                        "score 0.00",
                        "name MARIA POPESCU ≈ Ion Ciobanu (0.00)",
                        "passenger name part(s) not on list name: MARIA POPESCU",
                        "list name part(s) missing in passenger name: ION CIOBANU",
                        "DOB 1985-03-02 = 1985-03-02 (exact)"),
                pinned(
                        "gender_conflict",
                        passenger("MORARU NATALIA", "", "M", ""),
                        listed("Natalia Moraru", "", "F", ""),
                        0.85,
                        "score 0.85",
                        "name MORARU NATALIA ≈ Natalia Moraru (1.00)",
                        "name part MORARU = MORARU (exact, 1.00)",
                        "name part NATALIA = NATALIA (exact, 1.00)",
                        "DOB not given for passenger",
                        "gender MALE ≠ FEMALE [-0.15]"),
                pinned(
                        "same_nationality_without_a_date_conflict",
                        passenger("ALIEV RASHAD", "", "", "AZE"),
                        listed("Rəşad Əliyev", "", "", "AZ"),
                        0.9775,
                        "score 0.98",
                        "name ALIEV RASHAD ≈ Rəşad Əliyev (0.98, as written (Azerbaijani read the English way))",
                        "name part RASHAD = RASHAD (transliteration, 1.00)",
                        "name part ALIEV ≈ ALIYEV (transliteration, 0.95)",
                        "DOB not given for passenger",
                        "nationality AZE = AZ"),
                pinned(
                        "same_nationality_with_a_date_conflict",
                        passenger("ALIEV RASHAD", "1950-01-05", "", "AZE"),
                        listed("Rəşad Əliyev", "1979-11-23", "", "AZE"),
                        0.63375,
                        "score 0.63",
                        "name ALIEV RASHAD ≈ Rəşad Əliyev (0.98, as written (Azerbaijani read the English way))",
                        "name part RASHAD = RASHAD (transliteration, 1.00)",
                        "name part ALIEV ≈ ALIYEV (transliteration, 0.95)",
                        "DOB 1950-01-05 ≠ 1979-11-23 (far apart) [-0.34]",
                        "nationality AZE = AZE"),
                pinned(
                        "other_nationality",
                        passenger("ALIEV RASHAD", "", "", "ROU"),
                        listed("Rəşad Əliyev", "", "", "AZE|Azerbaijan"),
                        0.9262499999999999,
                        "score 0.93",
                        "name ALIEV RASHAD ≈ Rəşad Əliyev (0.98, as written (Azerbaijani read the English way))",
                        "name part RASHAD = RASHAD (transliteration, 1.00)",
                        "name part ALIEV ≈ ALIYEV (transliteration, 0.95)",
                        "DOB not given for passenger",
                        "nationality ROU ≠ AZE/Azerbaijan [-0.05]"),
                pinned(
                        "nationality_by_country_name",
                        passenger("PETRENKO ALEKSANDR", "1972-06-01", "M", "Ukraine"),
                        listed("Петренко Олександр Іванович", "1972", "M", "UKR|RUS"),
                        0.954387018975551,
                        "score 0.95",
                        "name PETRENKO ALEKSANDR ≈ Петренко Олександр Іванович (0.93, ICAO 9303)",
                        "name part PETRENKO = PETRENKO (transliteration, 1.00)",
                        "name part ALEKSANDR ≈ OLEKSANDR (transliteration, 0.94)",
                        "list name part(s) missing in passenger name: IVANOVICH",
                        "DOB 1972-06-01 ≈ 1972 (same year) [+0.02]",
                        "gender MALE = MALE",
                        "nationality Ukraine = UKR/RUS [+0.01]"),
                pinned(
                        "unknown_nationality_code",
                        passenger("PETRENKO ALEKSANDR", "", "", "XYZ"),
                        listed("Петренко Олександр Іванович", "", "", "UKR"),
                        0.9324252132971126,
                        "score 0.93",
                        "name PETRENKO ALEKSANDR ≈ Петренко Олександр Іванович (0.93, ICAO 9303)",
                        "name part PETRENKO = PETRENKO (transliteration, 1.00)",
                        "name part ALEKSANDR ≈ OLEKSANDR (transliteration, 0.94)",
                        "list name part(s) missing in passenger name: IVANOVICH",
                        "DOB not given for passenger"),
                pinned(
                        "mrz_passenger_against_a_cyrillic_list_name",
                        passenger("CIOBANU<<ION<<<<", "1985-03-02", "", ""),
                        listed("Чобану Ион", "1985-03-02", "", ""),
                        1.0,
                        "score 1.00",
                        "name CIOBANU<<ION<<<< ≈ Чобану Ион (1.00, Moldovan Cyrillic→Romanian)",
                        "surname CIOBANU = CIOBANU (transliteration, 1.00)",
                        "given name ION = ION (transliteration, 1.00)",
                        "DOB 1985-03-02 = 1985-03-02 (exact)"),
                pinned(
                        "arabic_script_list_name",
                        passenger("MOHAMED ABDELRAHMAN AL AHMAD", "1968-05-15", "M", "SYR"),
                        listed("محمد عبد الرحمن الأحمد", "1968-05-15", "M", "SYR"),
                        0.9661,
                        "score 0.97",
                        "name MOHAMED ABDELRAHMAN AL AHMAD ≈ محمد عبد الرحمن الأحمد (0.92, Arabic consonantal)",
                        "name part MOHAMED ≈ MHMD (transliteration, 0.95)",
                        "name part ABDELRAHMAN ≈ ABDRHMN (consonant skeleton, 0.93)",
                        "name part AHMAD ≈ AHMD (consonant skeleton, 0.93)",
                        "DOB 1968-05-15 = 1968-05-15 (exact) [+0.04]",
                        "gender MALE = MALE",
                        "nationality SYR = SYR"),
                pinned(
                        "different_given_name",
                        passenger("Hafez Makhlouf", "", "", ""),
                        listed("Rami Makhlouf", "", "", ""),
                        0.2857142857142857,
                        "score 0.29",
                        "name HAFEZ MAKHLOUF ≈ Rami Makhlouf (0.29)",
                        "name part MAKHLOUF = MAKHLOUF (exact, 1.00)",
                        "passenger name part(s) not on list name: HAFEZ",
                        "list name part(s) missing in passenger name: RAMI",
                        "DOB not given for passenger"),
                pinned(
                        "initials",
                        passenger("J.-C. Juncker", "", "", ""),
                        listed("Jean-Claude Juncker", "", "", ""),
                        0.8075531914893618,
                        "score 0.81",
                        "name J.-C. JUNCKER ≈ Jean-Claude Juncker (0.81)",
                        "name part JUNCKER = JUNCKER (exact, 1.00)",
                        "name part J ≈ JEAN (initial, 0.80)",
                        "name part C ≈ CLAUDE (initial, 0.80)",
                        "DOB not given for passenger"),
                pinned(
                        "typo_and_joined_parts",
                        passenger("AlisherUsmanov", "", "", ""),
                        listed("Alisher Usmonov", "", "", ""),
                        0.9546428541094065,
                        "score 0.95",
                        "name ALISHERUSMANOV ≈ Alisher Usmonov (0.95)",
                        "name part ALISHER = ALISHER (exact, 1.00)",
                        "name part USMANOV ≈ USMONOV (typo, 0.93)",
                        "DOB not given for passenger"));
    }

    private static Arguments pinned(
            String title, PersonQuery passenger, WatchlistEntry listed, double score, String... explanation) {
        return Arguments.of(title, passenger, listed, score, List.of(explanation));
    }

    /** Name, date of birth, gender and nationality as the passenger data carries them ("" when absent). */
    private static PersonQuery passenger(String name, String dob, String gender, String nationality) {
        return new PersonQuery(
                "P",
                name,
                null,
                null,
                DateOfBirth.parse(dob).orElse(null),
                Gender.parse(gender),
                nationality.isEmpty() ? null : nationality,
                null,
                null);
    }

    /** A one-name entry; {@code nationalities} separated by '|' as in the watchlist CSV. */
    private static WatchlistEntry listed(String name, String dob, String gender, String nationalities) {
        return new WatchlistEntry(
                "E",
                List.of(name),
                DateOfBirth.parse(dob).stream().toList(),
                Gender.parse(gender),
                nationalities.isEmpty() ? List.of() : List.of(nationalities.split("\\|")),
                List.of());
    }
}
