package org.piu.targeting.engine.compile;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The single routine that writes a value into DRL. It accepts only typed values whose text cannot contain
 * anything but a literal: finite numbers, booleans, and codes of upper-case letters, digits, '.', '_' and '-'
 * (checked again here, whatever the validator did). Free text never comes here: it stays in {@link RuleConstants}.
 */
final class DrlLiteral {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_.-]{0,34}");

    private DrlLiteral() {}

    static String of(Object value) {
        if (value instanceof Double d) {
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("not a finite number: " + d);
            }
            String plain = BigDecimal.valueOf(d).toPlainString();
            return plain.contains(".") ? plain : plain + ".0";
        }
        if (value instanceof Boolean b) {
            return b.toString();
        }
        if (value instanceof String s && CODE.matcher(s).matches()) {
            return "\"" + s + "\"";
        }
        throw new IllegalArgumentException("refusing to write "
                + (value == null ? "null" : value.getClass().getSimpleName())
                + " into DRL: only numbers, booleans and plain codes become literals");
    }
}
