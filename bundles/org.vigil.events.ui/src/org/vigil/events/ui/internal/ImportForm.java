package org.vigil.events.ui.internal;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.vigil.events.RegisteredSource;
import org.vigil.ingest.LogFormat;
import org.vigil.ui.Background;
import org.vigil.ui.MessageLine;

/**
 * The first page of the import dialog: the files, their format, the zone of times written without
 * one, and the store to import into. Listing a folder's files is disk work and runs in a job.
 */
final class ImportForm {

    private static final int FILE_ROWS = 6;
    private static final int FILES_WIDTH = 460;
    private static final int VISIBLE_ZONES = 15;

    private final List<LogFormat> formats;
    private final List<RegisteredSource> targets;
    private final UISynchronize ui;
    private final List<Path> chosen = new ArrayList<>();
    private org.eclipse.swt.widgets.List files;
    private Combo format;
    private Combo zone;
    private Combo target;
    private MessageLine message;

    /**
     * @param parent the dialog's area
     * @param formats the formats to offer besides detection
     * @param targets the stores that accept events, the default first
     * @param ui brings a folder's listing back to the UI thread
     */
    ImportForm(Composite parent, List<LogFormat> formats, List<RegisteredSource> targets, UISynchronize ui) {
        this.formats = formats;
        this.targets = targets;
        this.ui = ui;
        Composite form = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).margins(10, 10).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        createFiles(form);
        createFormat(form);
        createZone(form);
        createTarget(form);
        message = new MessageLine(form, 3);
        if (targets.isEmpty()) {
            message.problem(Messages.Import_noTarget);
        }
    }

    private void createFiles(Composite form) {
        label(form, Messages.Import_files).setLayoutData(GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).create());
        files = new org.eclipse.swt.widgets.List(form, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).hint(FILES_WIDTH, files.getItemHeight() * FILE_ROWS).applyTo(files);
        Composite buttons = new Composite(form, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
        button(buttons, Messages.Import_addFiles).addListener(SWT.Selection, e -> chooseFiles());
        button(buttons, Messages.Import_addFolder).addListener(SWT.Selection, e -> chooseFolder());
        button(buttons, Messages.Import_remove).addListener(SWT.Selection, e -> removeSelected());
    }

    private void createFormat(Composite form) {
        label(form, Messages.Import_format);
        format = new Combo(form, SWT.READ_ONLY);
        format.add(Messages.Import_detect);
        formats.forEach(each -> format.add(NLS.bind(Messages.Import_formatItem, each.displayName(), each.id())));
        format.select(0);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(format);
    }

    private void createZone(Composite form) {
        label(form, Messages.Import_zone);
        zone = new Combo(form, SWT.DROP_DOWN);
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toArray(String[]::new));
        zone.setVisibleItemCount(VISIBLE_ZONES);
        zone.setText(ZoneId.systemDefault().getId());
        GridDataFactory.fillDefaults().span(2, 1).applyTo(zone);
        new Label(form, SWT.NONE);
        Label hint = new Label(form, SWT.WRAP);
        hint.setText(Messages.Import_zoneHint);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(FILES_WIDTH, SWT.DEFAULT).applyTo(hint);
    }

    private void createTarget(Composite form) {
        label(form, Messages.Import_target);
        target = new Combo(form, SWT.READ_ONLY);
        targets.forEach(each -> target.add(each.descriptor().displayName()));
        if (!targets.isEmpty()) {
            target.select(0);
        }
        GridDataFactory.fillDefaults().span(2, 1).applyTo(target);
    }

    private static Label label(Composite parent, String text) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
        return label;
    }

    private static Button button(Composite parent, String text) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(button);
        return button;
    }

    /** @param more files to import, added after those chosen, each once */
    void add(Collection<Path> more) {
        more.stream().filter(path -> !chosen.contains(path)).forEach(path -> {
            chosen.add(path);
            files.add(path.toString());
        });
        message.info(""); //$NON-NLS-1$
    }

    private void chooseFiles() {
        FileDialog dialog = new FileDialog(files.getShell(), SWT.OPEN | SWT.MULTI);
        dialog.setText(Messages.Import_chooseFiles);
        if (dialog.open() != null) {
            add(Stream.of(dialog.getFileNames()).map(name -> Path.of(dialog.getFilterPath(), name)).toList());
        }
    }

    private void chooseFolder() {
        DirectoryDialog dialog = new DirectoryDialog(files.getShell());
        dialog.setText(Messages.Import_chooseFolder);
        String folder = dialog.open();
        if (folder != null) {
            Background.run(NLS.bind(Messages.Import_jobFolder, folder), files, ui, () -> ImportChoice.filesIn(Path.of(folder)),
                    this::add, e -> message.problem(NLS.bind(Messages.Import_folderUnreadable, folder, e.getMessage())));
        }
    }

    private void removeSelected() {
        int[] selected = files.getSelectionIndices();
        for (int i = selected.length - 1; i >= 0; i--) {
            chosen.remove(selected[i]);
        }
        files.remove(selected);
    }

    /**
     * Says what is missing or wrong, and puts the focus there.
     *
     * @return whether the choice can be imported
     */
    boolean validate() {
        String problem = null;
        if (targets.isEmpty()) {
            problem = Messages.Import_noTarget;
        } else if (chosen.isEmpty()) {
            problem = Messages.Import_noFiles;
            files.setFocus();
        } else if (zone().isEmpty()) {
            problem = NLS.bind(Messages.Import_badZone, zone.getText(), ZoneId.systemDefault().getId());
            zone.setFocus();
        }
        if (problem != null) {
            message.problem(problem);
        }
        return problem == null;
    }

    private Optional<ZoneId> zone() {
        try {
            return Optional.of(ZoneId.of(zone.getText().strip()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** @return the operator's choice; call after {@link #validate()} said yes */
    ImportChoice choice() {
        int formatIndex = format.getSelectionIndex();
        Optional<String> formatId = formatIndex <= 0 ? Optional.empty() : Optional.of(formats.get(formatIndex - 1).id());
        return new ImportChoice(chosen, formatId, zone().orElseThrow(), targets.get(target.getSelectionIndex()));
    }
}
