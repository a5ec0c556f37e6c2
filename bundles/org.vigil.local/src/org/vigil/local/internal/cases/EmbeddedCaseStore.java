package org.vigil.local.internal.cases;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.vigil.cases.CaseException;
import org.vigil.cases.CaseStore;
import org.vigil.cases.CaseStores;
import org.vigil.cases.StoreInfo;
import org.vigil.demo.DemoCases;
import org.vigil.local.internal.EmbeddedEventSource;
import org.vigil.local.internal.Messages;
import org.vigil.local.internal.Workspace;

/**
 * The default case store: H2 in {@code <workspace>/cases}, written as the OS user. H2 closes the
 * file a second after the last operation, so the workbench and {@code vigil-cli} can take turns
 * on one workspace. Its ranking puts it first among the stores. A new store holds the demo SOC's
 * cases of the demo month, which match the demo events and registry, unless {@code vigil.demo}
 * is {@code false}.
 */
@Component(service = CaseStore.class, property = "service.ranking:Integer=100")
public final class EmbeddedCaseStore extends H2CaseStore {

    private static final Logger LOG = Logger.getLogger(EmbeddedCaseStore.class.getName());

    private final String url;
    private final Clock clock;
    private final boolean loadDemo;

    /** @param context used to find the workspace the framework was started on */
    @Activate
    public EmbeddedCaseStore(BundleContext context) {
        this(Workspace.directory(context, "cases"), //$NON-NLS-1$
                !"false".equals(context.getProperty(EmbeddedEventSource.DEMO_PROPERTY)), Clock.systemDefaultZone()); //$NON-NLS-1$
    }

    EmbeddedCaseStore(Path directory, boolean loadDemo, Clock clock) {
        this(directory, loadDemo, clock, "jdbc:h2:file:" + directory.resolve("cases").toAbsolutePath() //$NON-NLS-1$ //$NON-NLS-2$
                + ";DB_CLOSE_DELAY=1"); //$NON-NLS-1$
    }

    private EmbeddedCaseStore(Path directory, boolean loadDemo, Clock clock, String url) {
        super(new StoreInfo(CaseStores.LOCAL, Messages.CaseStore_name, "h2", directory.toString()), //$NON-NLS-1$
                System.getProperty("user.name"), clock, url); //$NON-NLS-1$
        this.url = url;
        this.clock = clock;
        this.loadDemo = loadDemo;
    }

    @Override
    protected void created() {
        if (!loadDemo) {
            return;
        }
        try {
            DemoCaseHistory.replay(DemoCases.load(), now(), clock.getZone(),
                    (actor, demoClock) -> new H2CaseStore(info(), actor, demoClock, url));
        } catch (IOException | CaseException | RuntimeException e) {
            // The demo data is tested to replay whole; a failure here is a bug worth a log line, not a dead store.
            LOG.log(Level.WARNING, NLS.bind(Messages.CaseStore_demoFailed, e.getMessage()), e);
        }
    }
}
