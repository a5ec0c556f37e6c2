package org.vigil.cases;

import java.util.Locale;
import java.util.Objects;

/**
 * A text in both of Vigil's languages, for data that ships or is shared in both (templates).
 *
 * @param en the English text
 * @param vi the Vietnamese text; an empty one falls back to English
 */
public record Text(String en, String vi) {

    /** Requires the English text; a missing Vietnamese one is empty. */
    public Text {
        Objects.requireNonNull(en, "en"); //$NON-NLS-1$
        vi = vi == null ? "" : vi; //$NON-NLS-1$
    }

    /**
     * @param text one text for both languages (what an operator typed)
     * @return the text in both
     */
    public static Text both(String text) {
        return new Text(text, text);
    }

    /**
     * @param locale the language wanted
     * @return the Vietnamese text for {@code vi} when there is one, else the English
     */
    public String in(Locale locale) {
        return "vi".equals(locale.getLanguage()) && !vi.isBlank() ? vi : en; //$NON-NLS-1$
    }
}
