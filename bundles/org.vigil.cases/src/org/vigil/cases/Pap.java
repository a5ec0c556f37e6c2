package org.vigil.cases;

/** Permissible Actions Protocol: how far the case's observables may be acted on. */
public enum Pap {
    /** No restriction. */
    CLEAR,
    /** Active actions allowed (blocking, scanning from outside). */
    GREEN,
    /** Passive cross-checks only (looking up in own logs, public sources). */
    AMBER,
    /** Nothing that the adversary could notice. */
    RED
}
