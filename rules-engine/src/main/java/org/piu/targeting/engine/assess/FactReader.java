package org.piu.targeting.engine.assess;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import org.piu.targeting.engine.catalog.FieldDefinition;
import org.piu.targeting.engine.facts.PassengerFacts;
import org.piu.targeting.engine.facts.WatchlistFacts;

/**
 * Reads a catalog field from the facts through the same record component the generated DRL uses, so the value a
 * reason shows is the value the rule saw.
 */
final class FactReader {

    private static final Map<String, Method> PASSENGER = accessors(PassengerFacts.class);
    private static final Map<String, Method> WATCHLIST = accessors(WatchlistFacts.class);

    private FactReader() {}

    static Object read(FieldDefinition field, PassengerFacts p, WatchlistFacts w) {
        boolean fromWatchlist = field.source() == FieldDefinition.FactSource.WATCHLIST;
        Method m = (fromWatchlist ? WATCHLIST : PASSENGER).get(field.property());
        if (m == null) {
            throw new IllegalStateException(
                    "catalog field " + field.id() + " maps to unknown property " + field.property());
        }
        Object target = fromWatchlist ? w : p;
        if (target == null) {
            return null;
        }
        try {
            return m.invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + field.id(), e);
        }
    }

    static Object passenger(String property, PassengerFacts p) {
        try {
            return PASSENGER.get(property).invoke(p);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + property, e);
        }
    }

    static boolean hasProperty(FieldDefinition field) {
        return (field.source() == FieldDefinition.FactSource.WATCHLIST ? WATCHLIST : PASSENGER)
                .containsKey(field.property());
    }

    private static Map<String, Method> accessors(Class<? extends Record> type) {
        Map<String, Method> m = new HashMap<>();
        for (RecordComponent c : type.getRecordComponents()) {
            m.put(c.getName(), c.getAccessor());
        }
        return Map.copyOf(m);
    }
}
