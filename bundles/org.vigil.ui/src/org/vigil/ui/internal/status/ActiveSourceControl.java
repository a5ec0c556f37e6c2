package org.vigil.ui.internal.status;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.vigil.events.MultiSource;
import org.vigil.events.RegisteredSource;
import org.vigil.events.SourceListener;
import org.vigil.events.SourceRegistry;
import org.vigil.ui.VigilUi;
import org.vigil.ui.internal.Messages;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The status line's data-source indicator. It follows the registry, so a source bundle that
 * starts or stops while Vigil runs is reflected at once.
 */
public final class ActiveSourceControl implements SourceListener {

    @Inject
    private UISynchronize ui;

    private SourceRegistry registry;
    private Label label;
    /** The source Investigate searches, when it told; the registry's default until then. */
    private RegisteredSource chosen;

    @PostConstruct
    void createControls(Composite parent) {
        Composite box = new Composite(parent, SWT.NONE);
        box.setLayout(new GridLayout(1, false));
        label = new Label(box, SWT.NONE);
        label.setData("org.eclipse.e4.ui.css.CssClassName", VigilUi.CSS_CLASS_STATUS);
        refresh();
    }

    /** Called again by the injector whenever the registry service comes or goes. */
    @Inject
    void setRegistry(@Optional @Service SourceRegistry newRegistry) {
        if (registry != null) {
            registry.removeListener(this);
        }
        registry = newRegistry;
        if (registry != null) {
            registry.addListener(this);
        }
        refreshLater();
    }

    @Override
    public void sourceAdded(RegisteredSource source) {
        refreshLater();
    }

    @Override
    public void sourceRemoved(RegisteredSource source) {
        refreshLater();
    }

    /** @param source the source Investigate searches now */
    @Inject
    @Optional
    void sourceChosen(@UIEventTopic(VigilUi.TOPIC_SOURCE_CHOSEN) RegisteredSource source) {
        chosen = source;
        refresh();
    }

    @PreDestroy
    void dispose() {
        if (registry != null) {
            registry.removeListener(this);
        }
    }

    /** A source that went away is no longer shown; Investigate tells the next choice. */
    private boolean stillThere(RegisteredSource source) {
        return source.source() instanceof MultiSource || registry.sources().stream()
                .anyMatch(registered -> registered.descriptor().id().equals(source.descriptor().id()));
    }

    private void refreshLater() {
        if (ui != null) {
            ui.asyncExec(this::refresh);
        }
    }

    private void refresh() {
        if (label == null || label.isDisposed()) {
            return;
        }
        java.util.Optional<RegisteredSource> active = registry == null ? java.util.Optional.empty()
                : java.util.Optional.ofNullable(chosen).filter(this::stillThere).or(registry::defaultSource);
        label.setText(active.map(source -> NLS.bind(Messages.Status_source, source.descriptor().displayName(),
                source.descriptor().kind())).orElse(Messages.Status_noSource));
        label.setToolTipText(active.map(source -> NLS.bind(Messages.Status_sourceTooltip, new Object[] {
                source.descriptor().displayName(), source.descriptor().kind(), source.descriptor().location(),
                source.bundle() })).orElse(null));
        label.getParent().getParent().layout(true, true);
    }
}
