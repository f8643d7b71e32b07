package org.piu.targeting.engine.catalog;

/**
 * The type of a catalog field, which decides how a rule value is parsed and which operators apply.
 * CODE values are short upper-case codes (ISO country, IATA airport or carrier, document type, enum names).
 */
public enum FieldType {
    STRING,
    CODE,
    NUMBER,
    DATE,
    DATETIME,
    BOOLEAN
}
