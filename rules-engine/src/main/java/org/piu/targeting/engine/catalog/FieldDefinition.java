package org.piu.targeting.engine.catalog;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * One field a rule may test, as the workbench offers it: a stable id ({@code booking.leadTimeHours}), its type,
 * unit, meaning, an example value and the operators that make sense for it.
 *
 * @param source   which fact carries the value: the passenger's flattened facts or one of their watchlist matches
 * @param property the accessor on that fact class (a record component); the DRL generator and the reason writer
 *                 both read the value through it, so code and explanation cannot drift apart
 */
public record FieldDefinition(
        String id,
        FieldType type,
        String unit,
        String description,
        String example,
        List<Operator> operators,
        FactSource source,
        @JsonIgnore String property) {

    /** Where a field's value comes from at assessment time. */
    public enum FactSource {
        PASSENGER,
        WATCHLIST
    }

    public FieldDefinition {
        operators = List.copyOf(operators);
    }

    public boolean allows(Operator operator) {
        return operators.contains(operator);
    }
}
