package org.vigil.reports.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;

import javax.imageio.ImageIO;

import org.vigil.core.report.Document;
import org.vigil.core.report.Field;
import org.vigil.core.report.Figure;
import org.vigil.core.report.Section;
import org.vigil.core.report.Table;

/**
 * Lays a {@link Document} out as one self-contained HTML file: its pictures are PNG data URIs and
 * its style is inline, so that it opens from a mail or a shared folder with nothing beside it.
 * Every text is escaped; free text keeps its line breaks but is not read as Markdown.
 */
public final class HtmlLayout {

    private static final String STYLE = """
            body{font-family:"DejaVu Sans",Arial,sans-serif;color:#1a1a1a;max-width:56em;margin:2em auto;padding:0 1em;line-height:1.4}
            header{text-align:center;border-bottom:1px solid #9ea8b8;margin-bottom:1.5em;padding-bottom:1em}
            h1{color:#1c457d;text-transform:uppercase;font-size:1.6em;margin:.2em 0}
            .reference{font-weight:bold;font-size:1.15em}
            .cover{margin:1em 0 0;padding:0}
            .cover dt{color:#666;font-size:.85em;margin-top:.6em}
            .cover dd{margin:0;font-weight:bold;white-space:pre-line}
            .generated,figcaption{color:#666;font-size:.85em}
            .marking{background:#000;font-weight:bold;padding:.1em .4em}
            h2{color:#1c457d;border-bottom:2px solid #1c457d;font-size:1.15em;margin-top:2em}
            dl.fields{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}
            dl.fields dt{font-weight:bold}
            dl.fields dd{margin:0;white-space:pre-line}
            figure{margin:1em 0;text-align:center}
            figure img{max-width:100%;height:auto}
            table{border-collapse:collapse;width:100%;font-size:.9em;margin:.5em 0}
            th,td{border:1px solid #c5ccd6;padding:.25em .5em;text-align:left;vertical-align:top}
            th{background:#eef2f7}
            p{white-space:pre-line}
            """; //$NON-NLS-1$

    private HtmlLayout() {
    }

    /**
     * @param report the report
     * @return the HTML file's text
     */
    public static String render(Document report) {
        StringBuilder out = new StringBuilder(64 * 1024);
        out.append("<!DOCTYPE html>\n<html lang=\"").append(escape(report.language())).append("\">\n<head>\n") //$NON-NLS-1$ //$NON-NLS-2$
                .append("<meta charset=\"utf-8\">\n<title>").append(escape(report.title())).append(" \u2013 ") //$NON-NLS-1$ //$NON-NLS-2$
                .append(escape(report.reference())).append("</title>\n<style>\n").append(STYLE) //$NON-NLS-1$
                .append("</style>\n</head>\n<body>\n<header>\n"); //$NON-NLS-1$
        if (report.marking() != null) {
            out.append("<p><span class=\"marking\" style=\"color:#").append(String.format("%06x", report.marking().rgb())) //$NON-NLS-1$ //$NON-NLS-2$
                    .append("\">").append(escape(report.marking().label())).append("</span></p>\n"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        out.append("<h1>").append(escape(report.title())).append("</h1>\n<div class=\"reference\">") //$NON-NLS-1$ //$NON-NLS-2$
                .append(escape(report.reference())).append("</div>\n"); //$NON-NLS-1$
        if (!report.cover().isEmpty()) {
            out.append("<dl class=\"cover\">\n"); //$NON-NLS-1$
            for (Field field : report.cover()) {
                out.append("<dt>").append(escape(field.label())).append("</dt><dd>").append(escape(field.value())) //$NON-NLS-1$ //$NON-NLS-2$
                        .append("</dd>\n"); //$NON-NLS-1$
            }
            out.append("</dl>\n"); //$NON-NLS-1$
        } else {
            out.append("<div class=\"generated\">").append(escape(report.generated())).append("</div>\n"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        out.append("</header>\n"); //$NON-NLS-1$
        report.sections().forEach(section -> section(out, section));
        return out.append("</body>\n</html>\n").toString(); //$NON-NLS-1$
    }

    private static void section(StringBuilder out, Section section) {
        out.append("<section>\n<h2>").append(escape(section.heading())).append("</h2>\n"); //$NON-NLS-1$ //$NON-NLS-2$
        if (!section.fields().isEmpty()) {
            out.append("<dl class=\"fields\">\n"); //$NON-NLS-1$
            for (Field field : section.fields()) {
                out.append("<dt>").append(escape(field.label())).append("</dt><dd>").append(escape(field.value())) //$NON-NLS-1$ //$NON-NLS-2$
                        .append("</dd>\n"); //$NON-NLS-1$
            }
            out.append("</dl>\n"); //$NON-NLS-1$
        }
        for (Figure figure : section.figures()) {
            out.append("<figure><img src=\"data:image/png;base64,").append(png(figure)) //$NON-NLS-1$
                    .append("\" width=\"").append(figure.image().getWidth() / 2).append("\" alt=\"") //$NON-NLS-1$ //$NON-NLS-2$
                    .append(escape(figure.caption())).append("\"><figcaption>").append(escape(figure.caption())) //$NON-NLS-1$
                    .append("</figcaption></figure>\n"); //$NON-NLS-1$
        }
        if (section.table() != null && !section.table().rows().isEmpty()) {
            table(out, section.table());
        }
        section.paragraphs().forEach(paragraph -> out.append("<p>").append(escape(paragraph.strip())).append("</p>\n")); //$NON-NLS-1$ //$NON-NLS-2$
        out.append("</section>\n"); //$NON-NLS-1$
    }

    private static void table(StringBuilder out, Table table) {
        out.append("<table>\n<thead><tr>"); //$NON-NLS-1$
        table.header().forEach(cell -> out.append("<th>").append(escape(cell)).append("</th>")); //$NON-NLS-1$ //$NON-NLS-2$
        out.append("</tr></thead>\n<tbody>\n"); //$NON-NLS-1$
        for (List<String> row : table.rows()) {
            out.append("<tr>"); //$NON-NLS-1$
            row.forEach(cell -> out.append("<td>").append(escape(cell)).append("</td>")); //$NON-NLS-1$ //$NON-NLS-2$
            out.append("</tr>\n"); //$NON-NLS-1$
        }
        out.append("</tbody>\n</table>\n"); //$NON-NLS-1$
    }

    private static String png(Figure figure) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(figure.image(), "png", bytes); //$NON-NLS-1$
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    /**
     * @param text any text
     * @return it with the characters HTML gives a meaning escaped, for text and attribute values
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;"); //$NON-NLS-1$
                case '<' -> out.append("&lt;"); //$NON-NLS-1$
                case '>' -> out.append("&gt;"); //$NON-NLS-1$
                case '"' -> out.append("&quot;"); //$NON-NLS-1$
                case '\'' -> out.append("&#39;"); //$NON-NLS-1$
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
