package org.piu.targeting.matching.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.piu.targeting.matching.normalize.GivenNameEquivalences;
import org.piu.targeting.matching.normalize.NameNormalizer;
import org.piu.targeting.matching.score.evidence.AdjustedWeights;
import org.piu.targeting.matching.watchlist.DateOfBirth;
import org.piu.targeting.matching.watchlist.Gender;
import org.piu.targeting.matching.watchlist.ListedDocument;
import org.piu.targeting.matching.watchlist.PersonQuery;
import org.piu.targeting.matching.watchlist.Watchlist;
import org.piu.targeting.matching.watchlist.WatchlistEntry;

class MatchScorerTest {

    private final MatchScorer scorer = new MatchScorer();
    private static final double ALERT = Watchlist.DEFAULT_ALERT_THRESHOLD;
    private static final double REVIEW = Watchlist.DEFAULT_REVIEW_THRESHOLD;

    private static WatchlistEntry entry(String dob, String... names) {
        return new WatchlistEntry(
                "E1",
                List.of(names),
                dob == null ? List.of() : List.of(DateOfBirth.parse(dob).orElseThrow()),
                Gender.UNKNOWN,
                List.of(),
                List.of());
    }

    private static PersonQuery passenger(String name, String dob) {
        return new PersonQuery(
                "P1",
                name,
                null,
                null,
                dob == null ? null : DateOfBirth.parse(dob).orElseThrow(),
                Gender.UNKNOWN,
                null,
                null,
                null);
    }

    private ScoredMatch score(String passenger, String dob, String listed, String listedDob) {
        return scorer.score(passenger(passenger, dob), entry(listedDob, listed));
    }

    @Test
    void alerts_on_moldovan_cyrillic_list_name_in_passport_spelling_and_explains_it() {
        ScoredMatch m = score("CIOBANU<<ION<<<<", "1985-03-02", "Чобану Ион", "1985-03-02");
        assertThat(m.score()).isGreaterThanOrEqualTo(ALERT);
        assertThat(m.explanation())
                .anySatisfy(l -> assertThat(l).contains("CIOBANU").contains("transliteration"));
        assertThat(m.explanation()).anySatisfy(l -> assertThat(l).isEqualTo("DOB 1985-03-02 = 1985-03-02 (exact)"));
    }

    @Test
    void matches_cognate_given_names_and_ignores_a_missing_patronymic() {
        assertThat(score("PETRENKO ALEKSANDR", null, "Петренко Олександр Іванович", null)
                        .score())
                .isGreaterThanOrEqualTo(ALERT);
        assertThat(score("ALEXANDER PETRENKO", null, "Петренко Олександр Іванович", null)
                        .score())
                .isGreaterThanOrEqualTo(REVIEW);
    }

    @Test
    void matches_azerbaijani_list_names_in_russian_style_spelling() {
        assertThat(score("ALIEV RASHAD", null, "Rəşad Əliyev", null).score()).isGreaterThanOrEqualTo(ALERT);
        assertThat(score("GULIYEV VUGAR", null, "Vüqar Quliyev", null).score()).isGreaterThanOrEqualTo(ALERT);
    }

    @Test
    void matches_arabic_script_and_romanization_variants() {
        assertThat(score("MOHAMED ABDELRAHMAN AL AHMAD", null, "محمد عبد الرحمن الأحمد", null)
                        .score())
                .isGreaterThanOrEqualTo(ALERT);
        assertThat(score("ABDUL AZIZ NOORISTANI", null, "NURISTANI, Abdul Aziz", null)
                        .score())
                .isGreaterThanOrEqualTo(ALERT);
    }

    @Test
    void tolerates_typos_order_and_joined_parts() {
        assertThat(score("Vladmir Putin", null, "Vladimir Putin", null).score()).isGreaterThanOrEqualTo(ALERT);
        assertThat(score("PUTIN VLADIMIR", null, "Vladimir Putin", null).score())
                .isGreaterThanOrEqualTo(ALERT);
        assertThat(score("AlisherUsmanov", null, "Alisher Usmanov", null).score())
                .isGreaterThanOrEqualTo(ALERT);
        assertThat(score("J.-C. Juncker", null, "Jean-Claude Juncker", null).score())
                .isGreaterThanOrEqualTo(REVIEW);
    }

    @Test
    void does_not_report_a_namesake_with_a_common_name_and_a_date_of_birth_years_apart() {
        ScoredMatch m = score("IVANOV SERGEI", "1990-05-14", "Иванов Сергей", "1961-11-02");
        assertThat(m.nameScore()).isGreaterThanOrEqualTo(ALERT);
        assertThat(m.score()).isLessThan(REVIEW);
    }

    @Test
    void does_not_match_a_different_surname_or_a_different_fathers_name() {
        assertThat(score("Hafez Makhlouf", null, "Rami Makhlouf", null).score()).isLessThan(REVIEW);
        assertThat(score("Sergey Ivanovich Lavrov", null, "Sergey Viktorovich Lavrov", null)
                        .score())
                .isLessThan(REVIEW);
        assertThat(score("YASIR SABAWI IBRAHIM HASAN AL-MOSULI", null, "YASIR SABAWI IBRAHIM HASAN AL-TIKRITI", null)
                        .score())
                .isLessThan(REVIEW);
        assertThat(score("SALMAN BIN MUHAMMAD AL-RAWI", null, "MUHAMMAD BIN SALMAN AL-RAWI", null)
                        .score())
                .isLessThan(ALERT);
    }

    @Test
    void date_of_birth_tolerates_swapped_day_and_month_and_one_digit() {
        ScoredMatch exact = score("ION CIOBANU", "1985-03-02", "Ion Ciobanu", "1985-03-02");
        ScoredMatch swapped = score("ION CIOBANU", "1985-02-03", "Ion Ciobanu", "1985-03-02");
        ScoredMatch digit = score("ION CIOBANU", "1985-03-07", "Ion Ciobanu", "1985-03-02");
        ScoredMatch yearOnly = score("ION CIOBANU", "1985-03-02", "Ion Ciobanu", "1985");
        assertThat(swapped.score()).isGreaterThanOrEqualTo(ALERT);
        assertThat(digit.score()).isGreaterThanOrEqualTo(ALERT);
        assertThat(yearOnly.score()).isGreaterThanOrEqualTo(ALERT);
        assertThat(swapped.explanation()).anySatisfy(l -> assertThat(l).contains("day and month swapped"));
        assertThat(exact.score()).isGreaterThanOrEqualTo(swapped.score());
    }

    @Test
    void gender_conflict_lowers_the_score() {
        WatchlistEntry e =
                new WatchlistEntry("E1", List.of("Natalia Moraru"), List.of(), Gender.FEMALE, List.of(), List.of());
        double female = scorer.score(
                        new PersonQuery("P", "MORARU NATALIA", null, null, null, Gender.FEMALE, null, null, null), e)
                .score();
        double male = scorer.score(
                        new PersonQuery("P", "MORARU NATALIA", null, null, null, Gender.MALE, null, null, null), e)
                .score();
        assertThat(male).isLessThan(female);
    }

    @Test
    void scores_with_the_weights_it_is_given() {
        WatchlistEntry e =
                new WatchlistEntry("E1", List.of("Natalia Moraru"), List.of(), Gender.FEMALE, List.of(), List.of());
        PersonQuery male = new PersonQuery("P", "MORARU NATALIA", null, null, null, Gender.MALE, null, null, null);
        MatchScorer strict = new MatchScorer(
                new NameNormalizer(),
                GivenNameEquivalences.builtIn(),
                AdjustedWeights.defaultsWith("genderConflict", 0.5));
        assertThat(strict.score(male, e).score()).isEqualTo(0.5);
        assertThat(scorer.score(male, e).score()).isEqualTo(0.85);
    }

    @Test
    void a_listed_document_number_is_a_match_whatever_the_names_say() {
        WatchlistEntry e = new WatchlistEntry(
                "E1",
                List.of("Ion Ciobanu"),
                List.of(),
                Gender.MALE,
                List.of(),
                List.of(new ListedDocument("P", "AB1234567", "MDA")));
        PersonQuery other =
                new PersonQuery("P", "SMITH/JOHN MR", null, null, null, Gender.MALE, null, "ab 123 4567", "MDA");
        ScoredMatch m = scorer.scoreDocument(other, e, REVIEW).orElseThrow();
        assertThat(m.score()).isEqualTo(1.0);
        assertThat(m.nameScore()).isZero();
        assertThat(m.matchedName()).isEqualTo("Ion Ciobanu");
        assertThat(m.explanation())
                .containsExactly(
                        "score 1.00",
                        "document ab 123 4567 = AB1234567 (P) [normalized AB1234567]",
                        "issuing country MDA = MDA");

        PersonQuery otherCountry =
                new PersonQuery("P", null, null, null, null, Gender.UNKNOWN, null, "AB1234567", "ROU");
        assertThat(scorer.scoreDocument(otherCountry, e, REVIEW).orElseThrow().score())
                .isEqualTo(0.75);
        assertThat(scorer.scoreDocument(otherCountry, e, 0.8).orElseThrow().score())
                .as("never below the list's review threshold")
                .isEqualTo(0.8);
        assertThat(scorer.scoreDocument(passenger("ION CIOBANU", null), e, REVIEW))
                .isEmpty();
        assertThat(scorer.scoreDocument(
                        new PersonQuery("P", null, null, null, null, null, null, "AB7654321", null), e, REVIEW))
                .isEmpty();
    }

    @Test
    void scores_stay_within_zero_and_one() {
        assertThat(score("A", null, "Ion Ciobanu", null).score()).isBetween(0.0, 1.0);
        assertThat(score("ION CIOBANU", "1985-03-02", "Ion Ciobanu", "1985-03-02")
                        .score())
                .isBetween(0.0, 1.0);
    }
}
