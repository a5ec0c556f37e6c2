package org.vigil.registry;

/** The place of an agency in the province's administration. */
public enum AgencyKind implements Labelled {
    /** The province itself (the People's Committee and its office). */
    PROVINCE,
    /** A department (Sở) or a unit at its level. */
    DEPARTMENT,
    /** A district, town or city (huyện, thị xã, thành phố). */
    DISTRICT,
    /** A commune, ward or township (xã, phường, thị trấn). */
    COMMUNE,
    /** Anything else, e.g. a public service unit. */
    OTHER;
}
