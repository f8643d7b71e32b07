package org.piu.targeting.matching.score.evidence;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/** The default weights with one component changed, by name, so that a test states only what it varies. */
public final class AdjustedWeights {

    private AdjustedWeights() {}

    public static ScoringWeights defaultsWith(String component, double value) {
        ScoringWeights defaults = ScoringWeights.defaults();
        RecordComponent[] components = ScoringWeights.class.getRecordComponents();
        if (Arrays.stream(components).noneMatch(c -> c.getName().equals(component))) {
            throw new IllegalArgumentException("ScoringWeights has no component " + component);
        }
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = components[i].getName().equals(component)
                        ? value
                        : components[i].getAccessor().invoke(defaults);
            }
            return ScoringWeights.class.getDeclaredConstructor(types).newInstance(values);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
