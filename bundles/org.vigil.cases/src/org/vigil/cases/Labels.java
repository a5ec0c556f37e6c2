package org.vigil.cases;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The names of the case vocabulary (severities, statuses, categories…) and the report's texts
 * in one language, chosen per call rather than by the JVM: an operator working in English
 * still exports the report for the provincial authority in Vietnamese.
 */
public final class Labels {

    private static final String BUNDLE = "org.vigil.cases.labels"; //$NON-NLS-1$

    private final ResourceBundle texts;

    private Labels(ResourceBundle texts) {
        this.texts = texts;
    }

    /**
     * @param locale the language wanted; Vietnamese for {@code vi}, English for anything else
     * @return the labels in that language
     */
    public static Labels of(Locale locale) {
        Locale language = "vi".equals(locale.getLanguage()) ? Locale.of("vi") : Locale.ROOT; //$NON-NLS-1$ //$NON-NLS-2$
        // No fallback to the JVM's locale: English must stay English on a Vietnamese desktop.
        return new Labels(ResourceBundle.getBundle(BUNDLE, language, Labels.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /** @return the language of these labels: {@code vi} or {@code en} */
    public String language() {
        return texts.getLocale().getLanguage().isEmpty() ? "en" : texts.getLocale().getLanguage(); //$NON-NLS-1$
    }

    /**
     * @param value a value of the case vocabulary
     * @return its name, {@code Severity.HIGH} → "High" / "Cao"
     */
    public String label(Enum<?> value) {
        return text(value.getDeclaringClass().getSimpleName() + "." + value.name()); //$NON-NLS-1$
    }

    /**
     * @param key a text key of {@code labels.properties}
     * @return the text, or the key itself when missing, so that a gap shows instead of failing
     */
    public String text(String key) {
        try {
            return texts.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
