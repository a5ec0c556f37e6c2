package org.vigil.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.vigil.core.report.Document;
import org.vigil.reports.internal.HtmlLayout;
import org.vigil.reports.internal.MarkdownText;
import org.vigil.reports.internal.Messages;
import org.vigil.reports.internal.PageImages;
import org.vigil.reports.internal.PdfLayout;

/** The files a report is written to. */
public enum ReportFormat {

    /** A4 pages with the fonts embedded, for the authority or for printing. */
    PDF("pdf"), //$NON-NLS-1$
    /** Markdown text, for a mail body, a wiki or a ticket. */
    MARKDOWN("md"), //$NON-NLS-1$
    /** One self-contained HTML file, its pictures inside it, for a browser or an intranet. */
    HTML("html"), //$NON-NLS-1$
    /** The PDF's pages as one PNG image, one page under the other, for a chat or a slide. */
    PNG("png"); //$NON-NLS-1$

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    /** @return the file name extension, without the dot: {@code pdf}, {@code md} */
    public String extension() {
        return extension;
    }

    /**
     * @param report the report
     * @return the report as text, for a terminal or a mail body
     * @throws UnsupportedOperationException if the format is not text
     */
    public String text(Document report) {
        if (!isText()) {
            throw new UnsupportedOperationException(name() + " is not text"); //$NON-NLS-1$
        }
        return MarkdownText.render(report);
    }

    /** @return whether the format is text that can go to a terminal */
    public boolean isText() {
        return this == MARKDOWN;
    }

    /**
     * @param name {@code pdf}, {@code markdown}, {@code md}, {@code html}, {@code htm} or
     *            {@code png}, in any case
     * @return the format, or empty if the name is none of those
     */
    public static Optional<ReportFormat> named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "pdf" -> Optional.of(PDF); //$NON-NLS-1$
            case "markdown", "md" -> Optional.of(MARKDOWN); //$NON-NLS-1$ //$NON-NLS-2$
            case "html", "htm" -> Optional.of(HTML); //$NON-NLS-1$ //$NON-NLS-2$
            case "png" -> Optional.of(PNG); //$NON-NLS-1$
            default -> Optional.empty();
        };
    }

    /**
     * @param file a file name
     * @return the format its extension names ({@code .pdf}, {@code .md}, {@code .markdown},
     *         {@code .html}, {@code .htm}, {@code .png}), or empty
     */
    public static Optional<ReportFormat> of(Path file) {
        Path name = file.getFileName();
        String text = name == null ? "" : name.toString(); //$NON-NLS-1$
        int dot = text.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : named(text.substring(dot + 1));
    }

    /**
     * @param report the report
     * @param out where it goes; left open
     * @throws IOException if it cannot be written
     */
    public void write(Document report, OutputStream out) throws IOException {
        switch (this) {
            case PDF -> PdfLayout.write(report, out);
            case MARKDOWN -> out.write(MarkdownText.render(report).getBytes(StandardCharsets.UTF_8));
            case HTML -> out.write(HtmlLayout.render(report).getBytes(StandardCharsets.UTF_8));
            case PNG -> PageImages.write(report, out);
        }
    }

    /**
     * Writes the report next to the target first and moves it into place once complete, so that a
     * failure leaves neither a half-written file nor a damaged earlier version.
     *
     * @param report the report
     * @param file the file to create or replace
     * @throws IOException if the file cannot be written, with a message for the operator that
     *             names the file; nothing is left behind then
     */
    public void write(Document report, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new IOException(NLS.bind(Messages.Report_isFolder, target));
        }
        Path partial = target.resolveSibling("." + target.getFileName() + "." + System.nanoTime() + ".part"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        try {
            try (OutputStream out = Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW)) {
                write(report, out);
            }
            move(partial, target);
        } catch (NoSuchFileException e) {
            throw new IOException(NLS.bind(Messages.Report_noFolder, target, target.getParent()), e);
        } catch (AccessDeniedException e) {
            throw new IOException(NLS.bind(Messages.Report_denied, target), e);
        } catch (IOException e) {
            throw new IOException(NLS.bind(Messages.Report_failed, target, e.getMessage()), e);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
