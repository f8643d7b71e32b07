package org.piu.targeting.engine.catalog;

import java.util.Arrays;
import java.util.Optional;

/** The operators of the rule language, with the operand each expects. */
public enum Operator {
    EQ("eq", "=", Operand.ONE),
    NE("ne", "!=", Operand.ONE),
    LT("lt", "<", Operand.ONE),
    LE("le", "<=", Operand.ONE),
    GT("gt", ">", Operand.ONE),
    GE("ge", ">=", Operand.ONE),
    BETWEEN("between", "between", Operand.RANGE),
    IN("in", "in", Operand.MANY),
    NOT_IN("not_in", "not in", Operand.MANY),
    STARTS_WITH("starts_with", "starts with", Operand.ONE),
    ENDS_WITH("ends_with", "ends with", Operand.ONE),
    CONTAINS("contains", "contains", Operand.ONE),
    EMPTY("empty", "is empty", Operand.NONE),
    NOT_EMPTY("not_empty", "is not empty", Operand.NONE),
    /** The date-time lies at most N hours before or after the departure of the assessed flight. */
    WITHIN_HOURS("within_hours", "within hours of departure", Operand.ONE),
    /** The date or date-time lies at most N days before or after the departure date of the assessed flight. */
    WITHIN_DAYS("within_days", "within days of departure", Operand.ONE);

    /** What a condition must supply with the operator. */
    public enum Operand {
        /** No value (empty, not_empty). */
        NONE,
        /** One value in {@code value}. */
        ONE,
        /** Two values {@code values: [low, high]}, both inclusive. */
        RANGE,
        /** Literal {@code values: [...]} or a named list reference {@code list: NAME}. */
        MANY
    }

    private final String code;
    private final String symbol;
    private final Operand operand;

    Operator(String code, String symbol, Operand operand) {
        this.code = code;
        this.symbol = symbol;
        this.operand = operand;
    }

    /** The spelling used in rule documents, e.g. {@code not_in}. */
    public String code() {
        return code;
    }

    /** How a reason shows the operator to an analyst, e.g. {@code <=}. */
    public String symbol() {
        return symbol;
    }

    public Operand operand() {
        return operand;
    }

    public static Optional<Operator> fromCode(String code) {
        return Arrays.stream(values()).filter(o -> o.code.equals(code)).findFirst();
    }
}
