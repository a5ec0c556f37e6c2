package org.vigil.local.internal.cases;

import java.nio.file.Path;
import java.time.Clock;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.vigil.cases.CaseStore;
import org.vigil.cases.CaseStores;
import org.vigil.cases.StoreInfo;
import org.vigil.local.internal.Messages;
import org.vigil.local.internal.Workspace;

/**
 * The default case store: H2 in {@code <workspace>/cases}, written as the OS user. H2 closes the
 * file a second after the last operation, so the workbench and {@code vigil-cli} can take turns
 * on one workspace. Its ranking puts it first among the stores.
 */
@Component(service = CaseStore.class, property = "service.ranking:Integer=100")
public final class EmbeddedCaseStore extends H2CaseStore {

    /** @param context used to find the workspace the framework was started on */
    @Activate
    public EmbeddedCaseStore(BundleContext context) {
        this(Workspace.directory(context, "cases")); //$NON-NLS-1$
    }

    private EmbeddedCaseStore(Path directory) {
        super(new StoreInfo(CaseStores.LOCAL, Messages.CaseStore_name, "h2", directory.toString()), //$NON-NLS-1$
                System.getProperty("user.name"), Clock.systemDefaultZone(), //$NON-NLS-1$
                "jdbc:h2:file:" + directory.resolve("cases").toAbsolutePath() + ";DB_CLOSE_DELAY=1"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
