package org.vigil.reports.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of Markdown operators write in a description (paragraphs, headings, bulleted and
 * numbered lists, quotes, code blocks, bold, italics, code and links), read into blocks of
 * styled text so that the PDF shows the text and not its marks.
 */
final class Markdown {

    /** Text in one style. */
    record Run(String text, boolean bold) {
    }

    /**
     * One paragraph, heading or list item.
     *
     * @param runs its text
     * @param marker the list marker ("•", "2."), or empty
     * @param indent the nesting level of a list item or quote
     */
    record Block(List<Run> runs, String marker, int indent) {
    }

    private static final Pattern ITEM = Pattern.compile("^(\\s*)([-*+]|\\d{1,3}[.)])\\s+(.*)$"); //$NON-NLS-1$
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$"); //$NON-NLS-1$
    private static final Pattern QUOTE = Pattern.compile("^\\s{0,3}>\\s?(.*)$"); //$NON-NLS-1$
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~).*$"); //$NON-NLS-1$
    private static final Pattern RULE = Pattern.compile("^\\s{0,3}([-*_])(\\s*\\1){2,}\\s*$"); //$NON-NLS-1$
    private static final Pattern STRONG = Pattern.compile("\\*\\*(.+?)\\*\\*|__(.+?)__"); //$NON-NLS-1$
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\(([^)\\s]+)\\)"); //$NON-NLS-1$
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])\\*(?!\\s)(.+?)(?<!\\s)\\*(?![\\w*])" //$NON-NLS-1$
            + "|(?<![\\w_])_(?!\\s)(.+?)(?<!\\s)_(?![\\w_])"); //$NON-NLS-1$
    private static final Pattern CODE = Pattern.compile("`([^`]+)`"); //$NON-NLS-1$
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!>|])"); //$NON-NLS-1$

    private final List<Block> blocks = new ArrayList<>();
    private StringBuilder open;
    private boolean openIsHeading;
    private String openMarker = ""; //$NON-NLS-1$
    private int openIndent;
    private boolean fenced;

    private Markdown() {
    }

    static List<Block> blocks(String text) {
        Markdown reader = new Markdown();
        text.replace("\r\n", "\n").lines().forEach(reader::line); //$NON-NLS-1$ //$NON-NLS-2$
        reader.close();
        return reader.blocks;
    }

    private void line(String line) {
        if (FENCE.matcher(line).matches()) {
            close();
            fenced = !fenced;
        } else if (fenced) {
            blocks.add(new Block(List.of(new Run(line.stripTrailing(), false)), "", 1)); //$NON-NLS-1$
        } else if (line.isBlank() || RULE.matcher(line).matches()) {
            close();
        } else {
            structured(line);
        }
    }

    private void structured(String line) {
        Matcher heading = HEADING.matcher(line);
        Matcher item = ITEM.matcher(line);
        Matcher quote = QUOTE.matcher(line);
        if (heading.matches()) {
            close();
            start(heading.group(1), "", 0, true); //$NON-NLS-1$
            close();
        } else if (item.matches()) {
            close();
            String marker = item.group(2);
            start(item.group(3), Character.isDigit(marker.charAt(0)) ? marker.replace(')', '.') : "\u2022", //$NON-NLS-1$
                    1 + item.group(1).replace("\t", "    ").length() / 2, false); //$NON-NLS-1$ //$NON-NLS-2$
        } else if (quote.matches()) {
            if (!inQuote()) {
                close();
                start("", "", 1, false); //$NON-NLS-1$
            }
            open.append(' ').append(quote.group(1).strip());
        } else if (open == null || inQuote()) {
            close();
            start(line, "", 0, false); //$NON-NLS-1$
        } else {
            open.append(' ').append(line.strip());
        }
    }

    private boolean inQuote() {
        return open != null && openMarker.isEmpty() && openIndent > 0;
    }

    private void start(String text, String marker, int indent, boolean heading) {
        open = new StringBuilder(text.strip());
        openMarker = marker;
        openIndent = indent;
        openIsHeading = heading;
    }

    private void close() {
        if (open != null) {
            String text = open.toString().strip();
            blocks.add(new Block(openIsHeading ? List.of(new Run(plain(text), true)) : runs(text),
                    openMarker, openIndent));
        }
        open = null;
    }

    /** Bold where the operator wrote {@code **}; every other mark is dropped. */
    static List<Run> runs(String text) {
        String linked = LINK.matcher(text).replaceAll(Markdown::link);
        List<Run> runs = new ArrayList<>();
        Matcher strong = STRONG.matcher(linked);
        int from = 0;
        while (strong.find()) {
            add(runs, plain(linked.substring(from, strong.start())), false);
            add(runs, plain(strong.group(1) != null ? strong.group(1) : strong.group(2)), true);
            from = strong.end();
        }
        add(runs, plain(linked.substring(from)), false);
        return runs;
    }

    private static String link(MatchResult link) {
        String label = link.group(1).strip();
        String target = link.group(2);
        return Matcher.quoteReplacement(label.isEmpty() || label.equals(target) ? target : label + " (" + target + ")"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String plain(String text) {
        String unmarked = CODE.matcher(text).replaceAll(code -> Matcher.quoteReplacement(code.group(1)));
        unmarked = EMPHASIS.matcher(unmarked).replaceAll(
                em -> Matcher.quoteReplacement(em.group(1) != null ? em.group(1) : em.group(2)));
        return ESCAPE.matcher(unmarked).replaceAll("$1"); //$NON-NLS-1$
    }

    private static void add(List<Run> runs, String text, boolean bold) {
        if (!text.isEmpty()) {
            runs.add(new Run(text, bold));
        }
    }
}
