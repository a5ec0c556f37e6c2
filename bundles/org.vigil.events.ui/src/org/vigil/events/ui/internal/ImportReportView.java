package org.vigil.events.ui.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.vigil.ingest.Conflict;
import org.vigil.ingest.ImportReport;
import org.vigil.ingest.Rejection;
import org.vigil.ui.Background;
import org.vigil.ui.MessageLine;

/**
 * The last page of the import dialog: what became of each file and every rejected line, in a
 * table whose rows can be copied or saved as CSV. The table is virtual: a file with a million bad
 * lines lists them all without a million widgets.
 */
final class ImportReportView {

    private static final System.Logger LOG = System.getLogger(ImportReportView.class.getName());
    private static final int[] COLUMN_WIDTHS = { 240, 60, 400 };
    /** Wide enough for a file's line, narrow enough that the report's window fits the screen. */
    private static final int SUMMARY_WIDTH = 700;
    private static final int TABLE_HEIGHT = 200;
    private static final int SUMMARY_LINES = 4;
    /** Enough rejected lines in the log to follow an import there, not the whole flood. */
    private static final int LOGGED_REJECTIONS = 20;

    private final List<Rejection> rejections;
    private final UISynchronize ui;
    private Table table;
    private MessageLine message;

    /**
     * @param parent the dialog's area
     * @param report the import's outcome
     * @param headline the totals, from {@link ImportTexts#total}
     * @param ui brings the saving of the CSV file back to the UI thread
     */
    ImportReportView(Composite parent, ImportReport report, String headline, UISynchronize ui) {
        this.rejections = report.rejections();
        this.ui = ui;
        Composite view = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(view);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(view);
        Text summary = new Text(view, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        summary.setText(headline + System.lineSeparator() + String.join(System.lineSeparator(),
                report.files().stream().map(ImportTexts::file).toList()));
        GridDataFactory.fillDefaults().grab(true, false).hint(SUMMARY_WIDTH, summary.getLineHeight() * SUMMARY_LINES)
                .applyTo(summary);
        Label rejected = new Label(view, SWT.WRAP);
        rejected.setText(rejections.isEmpty() ? Messages.Import_noRejections
                : NLS.bind(Messages.Import_rejections, rejections.size()));
        GridDataFactory.fillDefaults().grab(true, false).hint(SUMMARY_WIDTH, SWT.DEFAULT).applyTo(rejected);
        if (!rejections.isEmpty()) {
            createTable(view);
            createButtons(view);
        }
        if (!report.conflicts().isEmpty()) {
            createConflicts(view, report.conflicts());
        }
        message = new MessageLine(view, 1);
        LOG.log(System.Logger.Level.INFO, "Import report shown: {0}", headline);
        rejections.stream().limit(LOGGED_REJECTIONS).forEach(each -> LOG.log(System.Logger.Level.INFO,
                "Import rejected {0}:{1}: {2}", each.file(), Long.toString(each.lineNumber()), each.reason()));
    }

    /** The fields whose values did not all fit their type, and where the others are: few lines, so a text. */
    private static void createConflicts(Composite view, List<Conflict> conflicts) {
        Label title = new Label(view, SWT.WRAP);
        title.setText(NLS.bind(Messages.Import_conflicts, conflicts.size()));
        GridDataFactory.fillDefaults().grab(true, false).hint(SUMMARY_WIDTH, SWT.DEFAULT).applyTo(title);
        Text list = new Text(view, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.BORDER);
        list.setText(String.join(System.lineSeparator(), conflicts.stream().map(ImportTexts::conflict).toList()));
        GridDataFactory.fillDefaults().grab(true, false)
                .hint(SUMMARY_WIDTH, list.getLineHeight() * Math.min(conflicts.size(), SUMMARY_LINES)).applyTo(list);
        conflicts.forEach(each -> LOG.log(System.Logger.Level.INFO, "Import kept values of another type: {0}", //$NON-NLS-1$
                ImportTexts.conflict(each)));
    }

    private void createTable(Composite view) {
        table = new Table(view, SWT.VIRTUAL | SWT.BORDER | SWT.MULTI | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        String[] titles = { Messages.Import_columnFile, Messages.Import_columnLine, Messages.Import_columnReason };
        for (int i = 0; i < titles.length; i++) {
            TableColumn column = new TableColumn(table, i == 1 ? SWT.RIGHT : SWT.LEFT);
            column.setText(titles[i]);
            column.setWidth(COLUMN_WIDTHS[i]);
        }
        table.addListener(SWT.SetData, event -> fill((TableItem) event.item, table.indexOf((TableItem) event.item)));
        table.setItemCount(rejections.size());
        table.addListener(SWT.KeyDown, event -> {
            if ((event.stateMask & SWT.MOD1) != 0 && event.keyCode == 'c') {
                copy();
            }
        });
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, TABLE_HEIGHT).applyTo(table);
    }

    private void fill(TableItem item, int index) {
        Rejection rejection = rejections.get(index);
        item.setText(new String[] { rejection.file(), Long.toString(rejection.lineNumber()), rejection.reason() });
    }

    private void createButtons(Composite view) {
        Composite buttons = new Composite(view, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(buttons);
        Button copy = new Button(buttons, SWT.PUSH);
        copy.setText(Messages.Import_copy);
        copy.setToolTipText(Messages.Import_copyHint);
        copy.addListener(SWT.Selection, event -> copy());
        Button save = new Button(buttons, SWT.PUSH);
        save.setText(Messages.Import_save);
        save.addListener(SWT.Selection, event -> save());
    }

    /** Copies the selected rows, or all of them when none is selected, as CSV. */
    private void copy() {
        int[] selected = table.getSelectionIndices();
        List<Rejection> copied = selected.length == 0 ? rejections
                : IntStream.of(selected).sorted().mapToObj(rejections::get).toList();
        Clipboard clipboard = new Clipboard(table.getDisplay());
        try {
            clipboard.setContents(new Object[] { RejectionsCsv.text(copied) },
                    new Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
        message.info(NLS.bind(Messages.Import_copied, copied.size()));
    }

    private void save() {
        FileDialog dialog = new FileDialog(table.getShell(), SWT.SAVE);
        dialog.setText(Messages.Import_saveTitle);
        dialog.setFilterExtensions(new String[] { "*.csv" }); //$NON-NLS-1$
        dialog.setFileName("vigil-rejected-lines.csv"); //$NON-NLS-1$
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file != null) {
            Background.run(NLS.bind(Messages.Import_jobSave, file), table, ui, () -> write(Path.of(file)),
                    saved -> saved(file), e -> message.problem(NLS.bind(Messages.Import_saveFailed, file, e.getMessage())));
        }
    }

    private Path write(Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            RejectionsCsv.write(rejections, out);
        }
        return file;
    }

    private void saved(String file) {
        LOG.log(System.Logger.Level.INFO, "Rejected lines saved to {0}", file);
        message.info(NLS.bind(Messages.Import_saved, rejections.size(), file));
    }
}
