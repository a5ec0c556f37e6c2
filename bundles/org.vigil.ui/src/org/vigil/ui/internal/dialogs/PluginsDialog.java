package org.vigil.ui.internal.dialogs;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.vigil.core.plugins.PluginInfo;
import org.vigil.core.plugins.PluginManager;
import org.vigil.core.plugins.PluginState;
import org.vigil.core.plugins.SigningPolicy;
import org.vigil.core.plugins.TrustedCertificate;
import org.vigil.ui.Background;
import org.vigil.ui.MessageLine;
import org.vigil.ui.TitledDialog;
import org.vigil.ui.internal.Messages;

/**
 * The plugins installed into this workspace: install from a jar or a zipped p2 repository,
 * start, stop, uninstall, and the signing policy. Every change goes to the framework at once,
 * so the status line's source switcher and the About dialog show it without a restart; the work
 * runs in jobs and its outcome, or the reasons a plugin was refused, shows under the list.
 */
public final class PluginsDialog extends TitledDialog {

    private static final System.Logger LOG = System.getLogger(PluginsDialog.class.getName());
    private static final int TABLE_HEIGHT_HINT = 160;
    private static final int INITIAL_WIDTH = 960;

    private final PluginManager plugins;
    private final UISynchronize ui;
    private Table table;
    private Table certificates;
    private Button start;
    private Button stop;
    private Button uninstall;
    private Button requireSigned;
    private Button distrust;
    private MessageLine status;

    /**
     * @param parent the workbench window
     * @param plugins installs and removes plugins
     * @param ui hands job results back to the UI thread
     */
    public PluginsDialog(Shell parent, PluginManager plugins, UISynchronize ui) {
        super(parent, Messages.Plugins_title);
        this.plugins = plugins;
        this.ui = ui;
    }

    @Override
    protected void fill(Composite area) {
        setTitle(Messages.Plugins_title);
        setMessage(Messages.Plugins_intro);
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(10, 10).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        table = Tables.create(body, TABLE_HEIGHT_HINT, Messages.About_column_name, Messages.About_column_bundle,
                Messages.About_column_version, Messages.About_column_state, Messages.About_column_services);
        table.addListener(SWT.Selection, e -> updateButtons());
        createPluginButtons(body);
        status = new MessageLine(body, 2);
        createSigning(body);
        reload(true);
    }

    /** The headline's message would otherwise size the window to the whole intro on one line. */
    @Override
    protected Point getInitialSize() {
        Point preferred = super.getInitialSize();
        return new Point(Math.min(preferred.x, INITIAL_WIDTH), preferred.y);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    private void createPluginButtons(Composite area) {
        Composite buttons = buttonColumn(area);
        button(buttons, Messages.Plugins_install).addListener(SWT.Selection, e -> install());
        start = button(buttons, Messages.Plugins_start);
        start.addListener(SWT.Selection, e -> change(Messages.Plugins_started, plugins::start));
        stop = button(buttons, Messages.Plugins_stop);
        stop.addListener(SWT.Selection, e -> change(Messages.Plugins_stopped, plugins::stop));
        uninstall = button(buttons, Messages.Plugins_uninstall);
        uninstall.addListener(SWT.Selection, e -> uninstall());
    }

    private void createSigning(Composite area) {
        Group group = new Group(area, SWT.NONE);
        group.setText(Messages.Plugins_signing);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(group);
        requireSigned = new Button(group, SWT.CHECK);
        requireSigned.setText(Messages.Plugins_requireSigned);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(requireSigned);
        requireSigned.addListener(SWT.Selection, e -> setRequireSigned(requireSigned.getSelection()));
        certificates = Tables.create(group, TABLE_HEIGHT_HINT / 2, Messages.Plugins_certificateSubject,
                Messages.Plugins_certificateFingerprint, Messages.Plugins_certificateValidUntil);
        certificates.addListener(SWT.Selection, e -> updateButtons());
        Composite buttons = buttonColumn(group);
        button(buttons, Messages.Plugins_trust).addListener(SWT.Selection, e -> trust());
        distrust = button(buttons, Messages.Plugins_distrust);
        distrust.addListener(SWT.Selection, e -> distrust());
    }

    private static Composite buttonColumn(Composite parent) {
        Composite buttons = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
        return buttons;
    }

    private static Button button(Composite parent, String text) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(button);
        return button;
    }

    /** @param initial whether to say that nothing is installed, which would hide the outcome of a change */
    private void reload(boolean initial) {
        record Listing(List<PluginInfo> plugins, List<String> problems, SigningPolicy signing) {
        }
        Background.run(Messages.Plugins_jobLoad, table, ui,
                () -> new Listing(plugins.plugins(), plugins.startupProblems(), plugins.signingPolicy()),
                listing -> show(listing.plugins(), listing.problems(), listing.signing(), initial), this::fail);
    }

    private void show(List<PluginInfo> installed, List<String> problems, SigningPolicy signing, boolean initial) {
        String selected = selected();
        table.removeAll();
        for (PluginInfo plugin : installed) {
            TableItem item = Tables.row(table, plugin.name(), plugin.symbolicName(), plugin.version(),
                    plugin.state().label(), String.join(", ", plugin.services())); //$NON-NLS-1$
            item.setData(plugin);
            if (plugin.symbolicName().equals(selected)) {
                table.setSelection(item);
            }
        }
        if (initial && !problems.isEmpty()) {
            status.problem(String.join(System.lineSeparator(), problems));
        } else if (initial && installed.isEmpty()) {
            status.info(Messages.Plugins_none);
        }
        Tables.packColumns(table);
        showSigning(signing);
        updateButtons();
    }

    private void showSigning(SigningPolicy signing) {
        requireSigned.setSelection(signing.required());
        certificates.removeAll();
        for (TrustedCertificate certificate : signing.trusted()) {
            Tables.row(certificates, certificate.subject(), certificate.fingerprint(), certificate.notAfter())
                    .setData(certificate);
        }
        Tables.packColumns(certificates);
    }

    private String selected() {
        TableItem[] selection = table.getSelection();
        return selection.length == 0 ? null : ((PluginInfo) selection[0].getData()).symbolicName();
    }

    private void updateButtons() {
        TableItem[] selection = table.getSelection();
        PluginState state = selection.length == 0 ? null : ((PluginInfo) selection[0].getData()).state();
        start.setEnabled(state == PluginState.RESOLVED);
        stop.setEnabled(state == PluginState.ACTIVE || state == PluginState.STARTING);
        uninstall.setEnabled(state != null);
        distrust.setEnabled(certificates.getSelectionCount() == 1);
    }

    private void install() {
        FileDialog files = new FileDialog(getShell(), SWT.OPEN);
        files.setText(Messages.Plugins_installTitle);
        files.setFilterExtensions(new String[] { "*.jar;*.zip", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
        String file = files.open();
        if (file == null) {
            return;
        }
        status.info(NLS.bind(Messages.Plugins_installing, file));
        run(() -> plugins.install(Path.of(file)), installed -> {
            String names = String.join(", ", installed.stream().map(PluginInfo::symbolicName).toList()); //$NON-NLS-1$
            // The UI test waits for this line; the operator reads the message line.
            LOG.log(System.Logger.Level.INFO, "Plugins installed: {0}", names); //$NON-NLS-1$
            return NLS.bind(Messages.Plugins_installed, names);
        });
    }

    private void change(String done, PluginAction action) {
        String name = selected();
        if (name != null) {
            run(() -> action.apply(name), plugin -> NLS.bind(done, plugin.symbolicName()));
        }
    }

    private void uninstall() {
        String name = selected();
        if (name != null && MessageDialog.openQuestion(getShell(), Messages.Plugins_uninstallTitle,
                NLS.bind(Messages.Plugins_uninstallQuestion, name))) {
            run(() -> {
                plugins.uninstall(name);
                return name;
            }, removed -> NLS.bind(Messages.Plugins_uninstalled, removed));
        }
    }

    private void setRequireSigned(boolean required) {
        run(() -> {
            plugins.requireSigned(required);
            return required;
        }, on -> on ? Messages.Plugins_signingOn : Messages.Plugins_signingOff);
    }

    private void trust() {
        FileDialog files = new FileDialog(getShell(), SWT.OPEN);
        files.setText(Messages.Plugins_trustTitle);
        files.setFilterExtensions(new String[] { "*.pem;*.crt;*.cer", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
        String file = files.open();
        if (file != null) {
            run(() -> plugins.trust(Path.of(file)), trusted -> NLS.bind(Messages.Plugins_trusted,
                    String.join("; ", trusted.stream().map(TrustedCertificate::subject).toList()))); //$NON-NLS-1$
        }
    }

    private void distrust() {
        TableItem[] selection = certificates.getSelection();
        if (selection.length == 1) {
            TrustedCertificate certificate = (TrustedCertificate) selection[0].getData();
            run(() -> {
                plugins.distrust(certificate.fingerprint());
                return certificate;
            }, removed -> NLS.bind(Messages.Plugins_distrusted, removed.subject()));
        }
    }

    /** Runs a change off the UI thread, says how it went, and lists the plugins again. */
    private <T> void run(Background.Work<T> work, Function<T, String> done) {
        Background.run(Messages.Plugins_jobChange, table, ui, work, result -> {
            reload(false);
            status.info(done.apply(result));
        }, this::fail);
    }

    private void fail(Exception e) {
        status.problem(e.getMessage() == null ? e.toString() : e.getMessage());
        reload(false);
    }

    /** Start or stop, which name the plugin and return it changed. */
    @FunctionalInterface
    private interface PluginAction {
        PluginInfo apply(String symbolicName) throws Exception;
    }
}
