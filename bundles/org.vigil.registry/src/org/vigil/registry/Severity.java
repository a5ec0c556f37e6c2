package org.vigil.registry;

/** How serious a problem found in registry data is. */
public enum Severity {
    /** The data cannot be saved as it is. */
    ERROR,
    /** The data is saved, but someone should look at it. */
    WARNING;
}
