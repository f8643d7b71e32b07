package org.piu.targeting.matching.evaluation;

import org.piu.targeting.matching.watchlist.PersonQuery;

/**
 * A query of an evaluation set: the person and the entry it concerns (empty: on no list), with a category.
 * {@code shouldMatch} is false for labelled non-match pairs, where finding {@code expectedEntryId} is a false positive.
 */
record EvaluationQuery(PersonQuery person, String expectedEntryId, String category, boolean shouldMatch) {
    EvaluationQuery(PersonQuery person, String expectedEntryId, String category) {
        this(person, expectedEntryId, category, !expectedEntryId.isEmpty());
    }

    boolean positive() {
        return shouldMatch;
    }
}
