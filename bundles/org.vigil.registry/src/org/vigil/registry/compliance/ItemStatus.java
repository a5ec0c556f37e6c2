package org.vigil.registry.compliance;

import org.vigil.registry.Labelled;

/** Where one target stands for one system on a given day. */
public enum ItemStatus implements Labelled {
    /** Met. */
    MET,
    /** Not met, and its deadline has not passed (or it has none). */
    OPEN,
    /** Not met after its deadline. */
    OVERDUE;
}
