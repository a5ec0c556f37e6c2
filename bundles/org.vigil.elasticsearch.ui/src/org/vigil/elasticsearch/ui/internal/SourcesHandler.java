package org.vigil.elasticsearch.ui.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.vigil.elasticsearch.sources.ConfiguredSources;

import jakarta.inject.Named;

/** Opens the list of configured Elasticsearch sources. */
public final class SourcesHandler {

    /**
     * @param shell the workbench window
     * @param sources the configured sources
     * @param ui hands job results back to the UI thread
     */
    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Service ConfiguredSources sources,
            UISynchronize ui) {
        new SourcesDialog(shell, sources, ui).open();
    }
}
