package org.vigil.dashboards.ui.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.ImageTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.jfree.chart.JFreeChart;
import org.vigil.dashboards.FigureCsv;
import org.vigil.dashboards.Panel;
import org.vigil.dashboards.PanelFigures;
import org.vigil.dashboards.charts.ChartImages;

/**
 * A panel's menu actions: its figures as CSV, its chart on the clipboard or in a PNG or SVG file.
 * Files are written next to their place first and moved over it, so a failed write leaves no half
 * file; what happened goes to the dashboard's message line.
 */
final class PanelExport {

    private static final System.Logger LOG = System.getLogger(PanelExport.class.getName());
    /** A saved chart's size in points: a page's width in a report or a slide. */
    private static final int WIDTH = 800;
    private static final int HEIGHT = 450;
    /** Pixels per point of a saved PNG: sharp when printed or shown on a projector. */
    private static final double PRINT_SCALE = 2;

    /** What writes a file's content; the stream is the temporary file's. */
    @FunctionalInterface
    interface Content {
        void write(OutputStream out) throws IOException;
    }

    private PanelExport() {
    }

    static void csv(Shell shell, PanelFigures figures, PanelHost host) {
        Path file = ask(shell, figures.panel(), "csv"); //$NON-NLS-1$
        if (file != null) {
            save(file, host, out -> {
                Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
                FigureCsv.writeFile(figures.current(), ZoneId.systemDefault(), writer);
                writer.flush();
            });
        }
    }

    static void copyPng(Composite owner, Panel panel, JFreeChart chart, PanelHost host) {
        Point size = owner.getSize();
        try {
            byte[] png = ChartImages.png(chart, size.x, size.y, 1);
            ImageData image = new ImageLoader().load(new ByteArrayInputStream(png))[0];
            Clipboard clipboard = new Clipboard(owner.getDisplay());
            try {
                clipboard.setContents(new Object[] { image }, new Transfer[] { ImageTransfer.getInstance() });
            } finally {
                clipboard.dispose();
            }
            host.say(NLS.bind(Messages.Menu_copied, title(panel)), false);
        } catch (RuntimeException e) {
            host.say(NLS.bind(Messages.Menu_writeFailed, "PNG", e.getMessage()), true); //$NON-NLS-1$
        }
    }

    static void savePng(Shell shell, Panel panel, JFreeChart chart, PanelHost host) {
        Path file = ask(shell, panel, "png"); //$NON-NLS-1$
        if (file != null) {
            byte[] png = ChartImages.png(chart, WIDTH, HEIGHT, PRINT_SCALE);
            save(file, host, out -> out.write(png));
        }
    }

    static void saveSvg(Shell shell, Panel panel, JFreeChart chart, PanelHost host) {
        Path file = ask(shell, panel, "svg"); //$NON-NLS-1$
        if (file != null) {
            java.io.ByteArrayOutputStream svg = new java.io.ByteArrayOutputStream();
            try {
                ChartImages.writeSvg(chart, WIDTH, HEIGHT, svg);
            } catch (IOException e) {
                host.say(NLS.bind(Messages.Menu_writeFailed, file, e.getMessage()), true);
                return;
            }
            save(file, host, svg::writeTo);
        }
    }

    private static Path ask(Shell shell, Panel panel, String extension) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*." + extension }); //$NON-NLS-1$
        dialog.setFileName(panel.id() + '.' + extension);
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return null;
        }
        return Path.of(chosen.toLowerCase(Locale.ROOT).endsWith('.' + extension) ? chosen : chosen + '.' + extension);
    }

    /**
     * @param file where the file goes
     * @param host told how it went
     * @param content what the file holds
     */
    static void save(Path file, PanelHost host, Content content) {
        // Written off the UI thread; charts hand over their bytes, drawn on it (JFreeChart is not thread-safe).
        host.inBackground(NLS.bind(Messages.Menu_exported, file), () -> {
            write(file, content);
            return null;
        }, () -> {
            LOG.log(System.Logger.Level.INFO, "Dashboard panel saved to {0}", file); //$NON-NLS-1$
            host.say(NLS.bind(Messages.Menu_exported, file), false);
        }, e -> host.say(NLS.bind(Messages.Menu_writeFailed, file, e.getMessage()), true));
    }

    private static void write(Path file, Content content) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(folder, ".vigil-", ".part"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.write(out);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static String title(Panel panel) {
        return panel.title().in(Locale.getDefault());
    }
}
