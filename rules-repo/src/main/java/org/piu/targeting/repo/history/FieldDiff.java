package org.piu.targeting.repo.history;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Field-level comparison of two YAML/JSON documents, without knowing what they mean: objects are compared key
 * by key, arrays of plain values as sets ({@code values: added "X"}), other arrays position by position.
 */
public final class FieldDiff {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final JsonMapper JSON = new JsonMapper();

    private FieldDiff() {}

    /** @return the changes, or null when either text is not a YAML/JSON document */
    public static List<FieldChange> between(String before, String after) {
        JsonNode a;
        JsonNode b;
        try {
            a = YAML.readTree(before == null ? "" : before);
            b = YAML.readTree(after == null ? "" : after);
        } catch (JacksonException e) {
            return null;
        }
        List<FieldChange> changes = new ArrayList<>();
        compare("", a, b, changes);
        return changes;
    }

    private static void compare(String path, JsonNode a, JsonNode b, List<FieldChange> out) {
        if (isAbsent(a) && isAbsent(b)) {
            return;
        }
        if (isAbsent(a)) {
            out.add(new FieldChange(label(path), FieldChange.Kind.ADDED, null, text(b)));
        } else if (isAbsent(b)) {
            out.add(new FieldChange(label(path), FieldChange.Kind.REMOVED, text(a), null));
        } else if (a.isObject() && b.isObject()) {
            Set<String> keys = new LinkedHashSet<>(a.propertyNames());
            keys.addAll(b.propertyNames());
            for (String key : keys) {
                compare(path.isEmpty() ? key : path + "." + key, a.get(key), b.get(key), out);
            }
        } else if (a.isArray() && b.isArray()) {
            if (allScalars(a) && allScalars(b)) {
                compareAsSets(path, a, b, out);
            } else {
                int n = Math.max(a.size(), b.size());
                for (int i = 0; i < n; i++) {
                    compare(path + "[" + i + "]", a.get(i), b.get(i), out);
                }
            }
        } else if (!a.equals(b)) {
            out.add(new FieldChange(label(path), FieldChange.Kind.CHANGED, text(a), text(b)));
        }
    }

    private static void compareAsSets(String path, JsonNode a, JsonNode b, List<FieldChange> out) {
        Set<String> before = new LinkedHashSet<>();
        a.forEach(v -> before.add(text(v)));
        Set<String> after = new LinkedHashSet<>();
        b.forEach(v -> after.add(text(v)));
        for (String v : after) {
            if (!before.contains(v)) {
                out.add(new FieldChange(label(path), FieldChange.Kind.ADDED, null, v));
            }
        }
        for (String v : before) {
            if (!after.contains(v)) {
                out.add(new FieldChange(label(path), FieldChange.Kind.REMOVED, v, null));
            }
        }
    }

    private static boolean allScalars(JsonNode array) {
        for (JsonNode n : array) {
            if (n.isContainer()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAbsent(JsonNode n) {
        return n == null || n.isMissingNode();
    }

    private static String label(String path) {
        return path.isEmpty() ? "(document)" : path;
    }

    private static String text(JsonNode n) {
        return n.isString() ? n.asString() : JSON.writeValueAsString(n);
    }
}
