package org.vigil.core.model;

/**
 * The type of an event field as every engine understands it. Importers detect it, sources
 * report it in their field lists, and query translation uses it to choose term, range, CIDR or
 * full-text matching.
 */
public enum FieldType {
    /** An IPv4 or IPv6 address; ranges and CIDR blocks match it. */
    IP,
    /** A point in time, stored in UTC. */
    DATE,
    /** A whole number. */
    LONG,
    /** A floating-point number. */
    DOUBLE,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** An exact string: matched as a whole, with wildcards, aggregated by value. */
    KEYWORD,
    /** Free text: analysed into words, matched by words and phrases. */
    TEXT;

    /** @return whether values of this type have an order that ranges can use */
    public boolean isRangeable() {
        return this == IP || this == DATE || this == LONG || this == DOUBLE || this == KEYWORD;
    }
}
