package org.vigil.registry;

import java.util.Optional;

import org.vigil.registry.internal.Labels;

/**
 * A value of one of the registry's fixed lists (system type, dossier status…): a stable code for
 * files and stores, and a label in the interface's language for people. Only the registry's own
 * enums implement it: the defaults rely on that.
 */
public interface Labelled {

    /** @return the code written in CSV files and stores, e.g. {@code web_portal}; never translated */
    default String code() {
        return Labels.code((Enum<?>) this);
    }

    /** @return the label in the language Vigil runs in */
    default String label() {
        return Labels.label((Enum<?>) this);
    }

    /**
     * @param type one of the registry's enums
     * @param text a code, or a label in English or Vietnamese, in any case, with or without diacritics
     * @return the value it names, if any
     */
    static <E extends Enum<E> & Labelled> Optional<E> parse(Class<E> type, String text) {
        return Labels.parse(type, text);
    }
}
