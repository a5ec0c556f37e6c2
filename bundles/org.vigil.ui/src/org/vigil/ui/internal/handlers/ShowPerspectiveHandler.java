package org.vigil.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.vigil.ui.VigilUi;

import jakarta.inject.Named;

/** Switches the main window to the perspective named by the command parameter. */
public final class ShowPerspectiveHandler {

    @CanExecute
    boolean canExecute(@Named(VigilUi.PERSPECTIVE_PARAMETER) String perspectiveId, MApplication application,
            EModelService models) {
        return find(perspectiveId, application, models) != null;
    }

    @Execute
    void execute(@Named(VigilUi.PERSPECTIVE_PARAMETER) String perspectiveId, MApplication application,
            EModelService models, EPartService parts) {
        MPerspective perspective = find(perspectiveId, application, models);
        if (perspective != null) {
            parts.switchPerspective(perspective);
        }
    }

    private static MPerspective find(String perspectiveId, MApplication application, EModelService models) {
        return models.findElements(application, perspectiveId, MPerspective.class).stream().findFirst().orElse(null);
    }
}
