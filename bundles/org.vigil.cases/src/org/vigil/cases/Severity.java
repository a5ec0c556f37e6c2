package org.vigil.cases;

/** How bad an incident is; it picks the SLA and orders the case list. */
public enum Severity {
    /** Little harm, no urgency. */
    LOW,
    /** Harm to one unit or system. */
    MEDIUM,
    /** Serious harm or spreading. */
    HIGH,
    /** Harm to public services or many units; the steering committee hears of it. */
    CRITICAL
}
