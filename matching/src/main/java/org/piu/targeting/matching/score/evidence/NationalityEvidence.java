package org.piu.targeting.matching.score.evidence;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.piu.targeting.model.Countries;

/**
 * Nationality evidence, compared as ISO alpha-2 whatever form each side uses (alpha-3, alpha-2, English name): a
 * shared nationality supports a little, none shared lowers the score a little (people hold several nationalities
 * and lists are incomplete). Nationalities that cannot be resolved on either side say nothing.
 */
public final class NationalityEvidence {

    private final ScoringWeights weights;

    public NationalityEvidence(ScoringWeights weights) {
        this.weights = weights;
    }

    /**
     * Weighs the passenger's nationality against the listed ones. {@code datesContradict}: the dates of birth
     * already speak against the same person, and a shared nationality (common among namesakes) does not outweigh
     * that.
     */
    public Finding weigh(String nationality, List<String> listed, boolean datesContradict) {
        Optional<String> passenger = Countries.alpha2OfNationality(nationality);
        if (passenger.isEmpty()) {
            return Finding.NONE;
        }
        boolean known = false;
        boolean shared = false;
        for (String n : listed) {
            Optional<String> country = Countries.alpha2OfNationality(n);
            if (country.isPresent()) {
                known = true;
                shared |= country.get().equals(passenger.get());
            }
        }
        if (!known) {
            return Finding.NONE;
        }
        String relation = shared ? " = " : " ≠ ";
        Supplier<String> line = () -> "nationality " + nationality + relation + String.join("/", listed);
        if (!shared) {
            return Finding.contradicts(weights.otherNationality(), line);
        }
        return datesContradict ? Finding.neutral(line) : Finding.supports(weights.sameNationality(), line);
    }
}
