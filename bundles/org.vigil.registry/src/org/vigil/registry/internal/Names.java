package org.vigil.registry.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds names for comparison the way people type them: {@code Cấp độ}, {@code cap do} and
 * {@code CAP_DO} are one column; {@code Sở Y tế} is found by {@code so y te}.
 */
public final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+"); //$NON-NLS-1$
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+"); //$NON-NLS-1$

    private Names() {
    }

    /**
     * @param text any text
     * @return it without diacritics (đ read as d), in lower case, every run of other characters
     *         turned into one {@code _}, none at the ends
     */
    public static String fold(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("") //$NON-NLS-1$
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        String joined = SEPARATORS.matcher(plain).replaceAll("_"); //$NON-NLS-1$
        int start = joined.startsWith("_") ? 1 : 0; //$NON-NLS-1$
        int end = joined.endsWith("_") && joined.length() > start ? joined.length() - 1 : joined.length(); //$NON-NLS-1$
        return joined.substring(start, Math.max(start, end));
    }
}
