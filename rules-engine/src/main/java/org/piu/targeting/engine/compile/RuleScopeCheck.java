package org.piu.targeting.engine.compile;

import java.util.Set;

/** A rule's scope as a constant of the compiled release: directions and {@code ORIGIN-DESTINATION} patterns. */
record RuleScopeCheck(Set<String> directions, Set<String> routes) {

    boolean admits(String direction, String origin, String destination) {
        if (!directions.isEmpty() && (direction == null || !directions.contains(direction))) {
            return false;
        }
        if (routes.isEmpty()) {
            return true;
        }
        for (String route : routes) {
            int dash = route.indexOf('-');
            String o = route.substring(0, dash);
            String d = route.substring(dash + 1);
            if ((o.equals("*") || o.equals(origin)) && (d.equals("*") || d.equals(destination))) {
                return true;
            }
        }
        return false;
    }
}
