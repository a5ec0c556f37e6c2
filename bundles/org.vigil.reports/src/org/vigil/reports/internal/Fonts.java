package org.vigil.reports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The report's two faces, DejaVu Sans and DejaVu Sans Bold, shipped in this bundle and embedded
 * as subsets: the standard PDF fonts have no Vietnamese letters, and a reader without the font
 * would substitute one.
 */
final class Fonts {

    private static final char MISSING = '?';

    private final PDFont regular;
    private final PDFont bold;
    private final Map<Integer, Boolean> printable = new HashMap<>();

    Fonts(PDDocument document) throws IOException {
        regular = load(document, "/fonts/DejaVuSans.ttf"); //$NON-NLS-1$
        bold = load(document, "/fonts/DejaVuSans-Bold.ttf"); //$NON-NLS-1$
    }

    private static PDFont load(PDDocument document, String resource) throws IOException {
        try (InputStream in = Fonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("font missing from the bundle: " + resource); //$NON-NLS-1$
            }
            return PDType0Font.load(document, in, true);
        }
    }

    PDFont face(boolean strong) {
        return strong ? bold : regular;
    }

    /**
     * Text as the fonts can print it: composed (an operator's decomposed "ế" becomes one
     * letter), tabs and other controls as spaces, and a letter neither face has as '?', since
     * PDFBox refuses a whole string for one unknown glyph.
     */
    String printable(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        composed.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(' ');
            } else if (printable.computeIfAbsent(c, this::hasGlyph)) {
                out.appendCodePoint(c);
            } else {
                out.append(MISSING);
            }
        });
        return out.toString();
    }

    private boolean hasGlyph(int codePoint) {
        String letter = Character.toString(codePoint);
        try {
            regular.encode(letter);
            bold.encode(letter);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    static float width(PDFont font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
