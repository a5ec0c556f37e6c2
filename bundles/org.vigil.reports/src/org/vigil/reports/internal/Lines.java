package org.vigil.reports.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.vigil.reports.internal.Markdown.Run;

/**
 * Styled text broken into lines no wider than a column: at spaces, and inside a word only when
 * the word alone is wider (a URL or a SHA-256 in a narrow table column).
 */
final class Lines {

    private static final Pattern TOKENS = Pattern.compile("(?<=\\s)(?=\\S)|(?<=\\S)(?=\\s)"); //$NON-NLS-1$

    private final Fonts fonts;
    private final float size;
    private final float width;
    private final List<List<Run>> lines = new ArrayList<>();
    private List<Run> line = new ArrayList<>();
    private float used;
    private boolean space;

    private Lines(Fonts fonts, float size, float width) {
        this.fonts = fonts;
        this.size = size;
        this.width = width;
    }

    /**
     * @param text plain text; its line breaks are kept
     * @return its lines, at least one
     */
    static List<List<Run>> plain(String text, boolean bold, Fonts fonts, float size, float width) {
        List<List<Run>> all = new ArrayList<>();
        text.strip().replace("\r\n", "\n").lines() //$NON-NLS-1$ //$NON-NLS-2$
                .forEach(part -> all.addAll(wrap(List.of(new Run(part, bold)), fonts, size, width)));
        return all.isEmpty() ? List.of(List.of()) : all;
    }

    /** @return the lines of runs, at least one */
    static List<List<Run>> wrap(List<Run> runs, Fonts fonts, float size, float width) {
        Lines lines = new Lines(fonts, size, width);
        runs.forEach(run -> lines.add(new Run(fonts.printable(run.text()), run.bold())));
        lines.lines.add(lines.line);
        return lines.lines;
    }

    static float width(List<Run> line, Fonts fonts, float size) {
        return (float) line.stream()
                .mapToDouble(run -> Fonts.width(fonts.face(run.bold()), size, fonts.printable(run.text()))).sum();
    }

    private void add(Run run) {
        for (String token : TOKENS.split(run.text())) {
            if (token.isBlank()) {
                space = !line.isEmpty();
            } else {
                word(token, run.bold());
            }
        }
    }

    private void word(String word, boolean bold) {
        float gap = space ? measure(" ", bold) : 0; //$NON-NLS-1$
        float wide = measure(word, bold);
        if (used + gap + wide <= width) {
            append((space ? " " : "") + word, bold, gap + wide); //$NON-NLS-1$ //$NON-NLS-2$
        } else if (wide <= width) {
            breakLine();
            append(word, bold, wide);
        } else {
            split(word, bold);
        }
        space = false;
    }

    /** Fills the current line with as much of the word as fits, then whole lines of it. */
    private void split(String word, boolean bold) {
        String rest = space && !line.isEmpty() ? " " + word : word; //$NON-NLS-1$
        while (!rest.isEmpty()) {
            int end = fitting(rest, bold, width - used);
            if (end == 0 && line.isEmpty()) {
                end = rest.offsetByCodePoints(0, 1);
            }
            if (end > 0) {
                append(rest.substring(0, end), bold, measure(rest.substring(0, end), bold));
                rest = rest.substring(end);
            }
            if (!rest.isEmpty()) {
                breakLine();
                rest = rest.stripLeading();
            }
        }
    }

    private int fitting(String text, boolean bold, float room) {
        int end = 0;
        while (end < text.length()) {
            int next = text.offsetByCodePoints(end, 1);
            if (measure(text.substring(0, next), bold) > room) {
                break;
            }
            end = next;
        }
        return end;
    }

    private void append(String text, boolean bold, float wide) {
        int last = line.size() - 1;
        if (last >= 0 && line.get(last).bold() == bold) {
            line.set(last, new Run(line.get(last).text() + text, bold));
        } else {
            line.add(new Run(text, bold));
        }
        used += wide;
    }

    private void breakLine() {
        lines.add(line);
        line = new ArrayList<>();
        used = 0;
        space = false;
    }

    private float measure(String text, boolean bold) {
        return Fonts.width(fonts.face(bold), size, text);
    }
}
