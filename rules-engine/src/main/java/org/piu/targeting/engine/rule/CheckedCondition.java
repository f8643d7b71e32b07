package org.piu.targeting.engine.rule;

import java.util.List;
import org.piu.targeting.engine.catalog.FieldDefinition;
import org.piu.targeting.engine.catalog.Operator;

/**
 * A condition tree after validation: every field resolved in the catalog, every value typed (Double, LocalDate,
 * Instant, Boolean, upper-case String), named lists expanded. Only such trees are compiled.
 */
public sealed interface CheckedCondition {

    /** Document path of the node, e.g. {@code when.all[2]}. */
    String path();

    record All(String path, List<CheckedCondition> children) implements CheckedCondition {}

    record Any(String path, List<CheckedCondition> children) implements CheckedCondition {}

    record Not(String path, CheckedCondition child) implements CheckedCondition {}

    /**
     * One test of one field.
     *
     * @param operand null (empty/not_empty), a typed value, a {@link Range}, or a {@code Set} of typed values
     * @param listId  the named list the set came from, if any (shown in reasons instead of its values)
     * @param pattern the cross-passenger pattern this test stands for, if any
     */
    record Test(String path, FieldDefinition field, Operator op, Object operand, String listId, String pattern)
            implements CheckedCondition {}

    /** Both bounds inclusive. */
    record Range(Object low, Object high) {}

    default boolean usesWatchlist() {
        return switch (this) {
            case All a -> a.children().stream().anyMatch(CheckedCondition::usesWatchlist);
            case Any a -> a.children().stream().anyMatch(CheckedCondition::usesWatchlist);
            case Not n -> n.child().usesWatchlist();
            case Test t -> t.field().source() == FieldDefinition.FactSource.WATCHLIST;
        };
    }
}
