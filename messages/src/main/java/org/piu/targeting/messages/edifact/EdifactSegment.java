package org.piu.targeting.messages.edifact;

import java.util.List;
import org.piu.targeting.messages.Warning;

/**
 * One segment as read: tag and data elements, each a list of components (a simple element is a one-component
 * list). Positions are 1-based like the EDIFACT notation ("element 2, component 1"); absent values read as "".
 *
 * @param index 1-based position in the interchange (UNA counts when present)
 * @param offset 0-based character offset of the tag in the raw text
 */
public record EdifactSegment(int index, String tag, List<List<String>> elements, int line, int column, int offset) {
    public EdifactSegment {
        elements = elements.stream().map(List::copyOf).toList();
    }

    /** Component {@code component} of element {@code element}, both 1-based; "" when absent. */
    public String component(int element, int component) {
        if (element < 1 || element > elements.size()) {
            return "";
        }
        List<String> parts = elements.get(element - 1);
        return component < 1 || component > parts.size() ? "" : parts.get(component - 1);
    }

    /** First component of an element: the value of a simple element. */
    public String value(int element) {
        return component(element, 1);
    }

    public int elementCount() {
        return elements.size();
    }

    /** Number of components present in an element (0 when absent). */
    public int componentCount(int element) {
        return element < 1 || element > elements.size()
                ? 0
                : elements.get(element - 1).size();
    }

    public boolean isEmpty() {
        return elements.stream().flatMap(List::stream).allMatch(String::isEmpty);
    }

    /** A warning positioned at this segment. */
    public Warning warning(String message) {
        return new Warning(index, tag, line, column, message);
    }
}
