package org.vigil.registry.compliance;

import java.util.Locale;

/**
 * A text of the compliance rules in both of Vigil's languages; rules are data written by a
 * province, not strings of the program, so they carry their own translations.
 *
 * @param english the English text
 * @param vietnamese the Vietnamese text; the English one stands in when it is empty
 */
public record Bilingual(String english, String vietnamese) {

    /** Turns missing texts into empty ones. */
    public Bilingual {
        english = english == null ? "" : english.strip(); //$NON-NLS-1$
        vietnamese = vietnamese == null ? "" : vietnamese.strip(); //$NON-NLS-1$
    }

    /** @return the text in the language Vigil runs in */
    public String text() {
        return in(Locale.getDefault());
    }

    /** @param locale a locale @return the Vietnamese text for Vietnamese, else the English one (each standing in for the other when empty) */
    public String in(Locale locale) {
        boolean vietnameseWanted = "vi".equals(locale.getLanguage()); //$NON-NLS-1$
        String wanted = vietnameseWanted ? vietnamese : english;
        return wanted.isEmpty() ? (vietnameseWanted ? english : vietnamese) : wanted;
    }
}
