package org.vigil.ui.internal.dialogs;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.osgi.framework.FrameworkUtil;
import org.vigil.core.plugins.PluginInfo;
import org.vigil.events.RegisteredSource;
import org.vigil.ui.internal.Messages;

/** Shows the Vigil bundles installed in this workbench and the data sources they publish. */
public final class AboutDialog extends Dialog {

    private final List<PluginInfo> plugins;
    private final List<RegisteredSource> sources;

    /**
     * @param parent the shell to center on
     * @param plugins the installed Vigil bundles
     * @param sources the data sources in the registry
     */
    public AboutDialog(Shell parent, List<PluginInfo> plugins, List<RegisteredSource> sources) {
        super(parent);
        this.plugins = plugins;
        this.sources = sources;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.About_title);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        new Label(area, SWT.NONE).setText(NLS.bind(Messages.About_version,
                FrameworkUtil.getBundle(AboutDialog.class).getVersion()));
        new Label(area, SWT.NONE).setText(NLS.bind(Messages.About_runtime, new Object[] { Runtime.version(),
                System.getProperty("os.name"), System.getProperty("os.arch") }));
        new Label(area, SWT.NONE).setText(Messages.About_bundles);
        Table bundles = Tables.create(area, 220, Messages.About_column_name, Messages.About_column_bundle,
                Messages.About_column_version, Messages.About_column_state, Messages.About_column_services);
        plugins.forEach(plugin -> Tables.row(bundles, plugin.name(), plugin.symbolicName(), plugin.version(),
                plugin.state().label(), String.join(", ", plugin.services())));
        new Label(area, SWT.NONE).setText(Messages.About_sources);
        Table sourceTable = Tables.create(area, 90, Messages.About_column_source, Messages.About_column_kind,
                Messages.About_column_location, Messages.About_column_bundle);
        sources.forEach(source -> Tables.row(sourceTable, source.descriptor().displayName(), source.descriptor().kind(),
                source.descriptor().location(), source.bundle()));
        Tables.packColumns(bundles);
        Tables.packColumns(sourceTable);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }
}
