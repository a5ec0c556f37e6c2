package org.vigil.registry.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Codes and labels of the registry's enums. A label is the {@link Messages} text named
 * {@code <Enum>_<CONSTANT>}; reading a value accepts its code and its label in either language,
 * whatever language Vigil runs in, since a spreadsheet may have been filled in by anyone.
 */
public final class Labels {

    private static final Map<String, Properties> TEXTS = new HashMap<>();

    private Labels() {
    }

    /** @param value an enum constant @return its code: the constant's name in lower case */
    public static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** @param value an enum constant @return its label in the language Vigil runs in */
    public static String label(Enum<?> value) {
        try {
            return (String) Messages.class.getField(key(value)).get(null);
        } catch (ReflectiveOperationException e) {
            // BundleRulesTest ties the constants to the message keys; a missing one is a build error.
            throw new IllegalStateException("no label " + key(value), e); //$NON-NLS-1$
        }
    }

    /**
     * @param type the enum
     * @param text a code or a label in English or Vietnamese, any case, with or without diacritics
     * @return the constant it names, if any
     */
    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
        String folded = Names.fold(text);
        for (E value : type.getEnumConstants()) {
            if (folded.equals(code(value)) || folded.equals(Names.fold(text("", value))) //$NON-NLS-1$
                    || folded.equals(Names.fold(text("_vi", value)))) { //$NON-NLS-1$
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /**
     * @param value an enum constant
     * @param vietnamese which language
     * @return its label in that language, whatever language Vigil runs in
     */
    public static String label(Enum<?> value, boolean vietnamese) {
        return text(vietnamese ? "_vi" : "", value); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String key(Enum<?> value) {
        return value.getDeclaringClass().getSimpleName() + "_" + value.name(); //$NON-NLS-1$
    }

    private static synchronized String text(String suffix, Enum<?> value) {
        return TEXTS.computeIfAbsent(suffix, Labels::load).getProperty(key(value), code(value));
    }

    private static Properties load(String suffix) {
        Properties texts = new Properties();
        try (InputStream in = Labels.class.getResourceAsStream("messages" + suffix + ".properties")) { //$NON-NLS-1$ //$NON-NLS-2$
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
