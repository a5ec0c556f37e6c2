package org.vigil.events.settings;

/**
 * What a setting holds, which decides how it is checked and which control the settings form
 * shows. The Metatype type of an attribute gives it ({@code String}, {@code Integer},
 * {@code Long}, {@code Double}, {@code Boolean}, {@code Password}); an attribute with options is a
 * {@link #CHOICE}; a string attribute that says {@code vigil:type="path"} or {@code "url"} in the
 * namespace {@value Setting#NAMESPACE} is a {@link #PATH} or a {@link #URL}.
 */
public enum SettingType {
    /** Free text. */
    TEXT,
    /** A whole number. */
    INTEGER,
    /** A number, possibly with a fraction. */
    NUMBER,
    /** Yes or no: {@code true} or {@code false}. */
    BOOLEAN,
    /** One of the declared options. */
    CHOICE,
    /** A file on this computer. */
    PATH,
    /** An address such as {@code https://10.0.0.5:9200}. */
    URL,
    /** A password or key: kept in secure storage, never in the file, never logged. */
    SECRET
}
