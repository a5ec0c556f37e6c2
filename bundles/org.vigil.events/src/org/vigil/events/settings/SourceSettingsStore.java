package org.vigil.events.settings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The configured sources of every kind, as a service: what the settings form lists, checks and
 * saves, and what source bundles read their entries and secrets from. Every method may do file
 * or secure-storage I/O: never call them on the UI thread.
 */
public interface SourceSettingsStore {

    /**
     * @param locale the language of labels and descriptions
     * @return the kinds that declare settings, by name
     */
    List<SourceKind> kinds(Locale locale);

    /**
     * @param kind a kind
     * @param locale the language of labels and descriptions
     * @return its declaration, if a bundle declares it
     */
    Optional<SourceKind> kind(String kind, Locale locale);

    /** @return the workspace's {@code sources.properties}, where entries are kept */
    Path file();

    /**
     * @return every entry of the file, of every kind, in id order (whether its kind checks it or
     *         not: a kind reports its own unusable entries)
     * @throws IOException if the file exists but cannot be read
     */
    List<SourceEntry> entries() throws IOException;

    /**
     * @return the entries the kinds could not use, with the reason, as their supports report them;
     *         saving never removes them, so that the operator can still repair them by hand
     */
    List<String> problems();

    /**
     * @param id a source id
     * @param attribute a secret attribute, such as {@code password}
     * @return the secret from secure storage, else from the environment variable
     *         {@code VIGIL_SOURCE_<ID>_<ATTRIBUTE>}
     */
    Optional<String> secret(String id, String attribute);

    /**
     * Checks the entry against its kind's declaration (required values, types, options) and rules,
     * writes its lines (replacing those of the same id; other lines and comments stay), stores its
     * new secrets and lets the kind take it into use.
     *
     * @param entry the entry, without secrets
     * @param secrets new secrets by attribute id; a secret not given keeps the stored one
     * @param locale the language of the error
     * @throws InvalidSettingException naming the field at fault; nothing is written
     * @throws IOException if the file or secure storage cannot be written; the file is unchanged
     */
    void save(SourceEntry entry, Map<String, String> secrets, Locale locale) throws InvalidSettingException, IOException;

    /**
     * Checks the entry as {@link #save} does, then lets its kind connect, without saving.
     *
     * @param entry the entry to try
     * @param secrets typed secrets; a secret not given is the stored one
     * @param locale the language of the error
     * @return what the other side says about itself
     * @throws InvalidSettingException naming the field at fault
     * @throws IOException if it cannot be reached, or the kind cannot check connections
     */
    String checkConnection(SourceEntry entry, Map<String, String> secrets, Locale locale)
            throws InvalidSettingException, IOException;

    /**
     * @param kind a kind
     * @return whether its support can check a connection
     */
    boolean checksConnection(String kind);

    /**
     * Removes the entry's lines and its secrets, and lets its kind withdraw it.
     *
     * @param id the source id
     * @throws IOException if the file cannot be written; it is unchanged
     */
    void remove(String id) throws IOException;
}
