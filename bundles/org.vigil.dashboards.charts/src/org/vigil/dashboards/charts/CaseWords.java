package org.vigil.dashboards.charts;

import java.util.Locale;

import org.vigil.cases.Category;
import org.vigil.cases.Labels;
import org.vigil.cases.Severity;
import org.vigil.cases.Status;

/** The case panels' words (a severity {@code high}, a status {@code in-progress}) as people read them. */
final class CaseWords {

    private CaseWords() {
    }

    /**
     * @param field {@code severity}, {@code status} or {@code category}; any other keeps the word
     * @param word the word as the figures carry it
     * @param language the language wanted
     * @return its label, or the word itself when it is none of the vocabulary's
     */
    static String label(String field, String word, Locale language) {
        return switch (field) {
            case "severity" -> label(Severity.class, word, language); //$NON-NLS-1$
            case "status" -> label(Status.class, word, language); //$NON-NLS-1$
            case "category" -> label(Category.class, word, language); //$NON-NLS-1$
            default -> word;
        };
    }

    private static <E extends Enum<E>> String label(Class<E> type, String word, Locale language) {
        try {
            return Labels.of(language).label(Enum.valueOf(type, word.toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException e) {
            return word;
        }
    }
}
