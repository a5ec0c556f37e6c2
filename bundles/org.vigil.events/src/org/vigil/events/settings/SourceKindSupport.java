package org.vigil.events.settings;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * What a source kind adds to its declaration, as an optional service: checks the declaration
 * cannot say (a URL scheme, a readable CA file), a connection test for the form's Check
 * Connection, and taking a saved or removed entry into use at once. Without it, entries of the
 * kind are still checked against the declaration and saved.
 */
public interface SourceKindSupport {

    /** @return the kind served, as in {@code source.<id>.kind} */
    String kind();

    /**
     * The kind's own rules, after the declaration's have passed.
     *
     * @param entry the entry to save or try
     * @param secrets its secrets by attribute id (typed, stored or from the environment)
     * @throws InvalidSettingException naming the field at fault
     */
    default void check(SourceEntry entry, Map<String, String> secrets) throws InvalidSettingException {
    }

    /**
     * @return the kind's entries of the file that it could not use, each as
     *         {@code file: key: skipped: reason}, for the settings form to show
     */
    default List<String> problems() {
        return List.of();
    }

    /** @return whether {@link #checkConnection} does anything, so that the form offers it */
    default boolean checksConnection() {
        return false;
    }

    /**
     * Connects with the entry and asks the other side who it is, without saving anything. Called
     * off the UI thread.
     *
     * @param entry the entry to try, already checked
     * @param secrets its secrets by attribute id
     * @return what the other side says about itself, one line for the operator
     * @throws IOException if it cannot be reached or refuses, with the reason
     */
    default String checkConnection(SourceEntry entry, Map<String, String> secrets) throws IOException {
        throw new UnsupportedOperationException();
    }

    /**
     * Takes a saved, changed or removed entry into use (publishes, re-publishes or withdraws the
     * source). Called after the file and secure storage were written.
     *
     * @param id the source id
     */
    default void changed(String id) {
    }
}
