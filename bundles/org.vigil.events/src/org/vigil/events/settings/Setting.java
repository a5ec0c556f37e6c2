package org.vigil.events.settings;

import java.util.List;

/**
 * One setting a source kind declares, localised.
 *
 * @param id the attribute id, the {@code <part>} of {@code source.<id>.<part>} in the file
 * @param label the name shown beside the field
 * @param description what it is for, shown as the field's tooltip; may be empty
 * @param type what it holds
 * @param required whether an entry must give a value
 * @param defaultValue the value used when none is given, or {@code null}
 * @param options the allowed values with their labels, for a {@link SettingType#CHOICE}; else empty
 */
public record Setting(String id, String label, String description, SettingType type, boolean required,
        String defaultValue, List<Option> options) {

    /** The XML namespace of Vigil's extension attributes on a Metatype {@code AD} ({@code vigil:type}). */
    public static final String NAMESPACE = "https://vigil.org/xmlns/metatype"; //$NON-NLS-1$

    /**
     * An allowed value.
     *
     * @param value as written in the file
     * @param label as shown
     */
    public record Option(String value, String label) {
    }

    /** Copies the options. */
    public Setting {
        options = List.copyOf(options);
    }

    /** @return whether the value is a secret, kept in secure storage */
    public boolean secret() {
        return type == SettingType.SECRET;
    }
}
