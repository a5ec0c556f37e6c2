package org.vigil.local.internal.registry;

import java.io.IOException;
import java.io.Reader;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.vigil.demo.DemoRegistry;
import org.vigil.local.internal.EmbeddedEventSource;
import org.vigil.local.internal.Messages;
import org.vigil.local.internal.Workspace;
import org.vigil.registry.RegistryException;
import org.vigil.registry.SystemRegistry;
import org.vigil.registry.csv.CsvImport;
import org.vigil.registry.csv.CsvImportReport;

/**
 * The registry a fresh install works on: the H2 store in {@code <workspace>/registry}, filled on
 * first use with the demo province's registry, which matches the demo events, unless
 * {@code vigil.demo} is {@code false}. Its ranking puts it first until a team store ranks higher.
 */
@Component(service = SystemRegistry.class, property = "service.ranking:Integer=100")
public final class EmbeddedSystemRegistry extends H2SystemRegistry {

    private static final Logger LOG = Logger.getLogger(EmbeddedSystemRegistry.class.getName());

    private final boolean loadDemo;

    /** @param context used to find the workspace the framework was started on */
    @Activate
    public EmbeddedSystemRegistry(BundleContext context) {
        super(Workspace.directory(context, "registry")); //$NON-NLS-1$
        this.loadDemo = !"false".equals(context.getProperty(EmbeddedEventSource.DEMO_PROPERTY)); //$NON-NLS-1$
    }

    @Override
    protected void created() throws RegistryException {
        if (!loadDemo) {
            return;
        }
        try (Reader agencies = DemoRegistry.agencies(); Reader systems = DemoRegistry.systems()) {
            CsvImportReport report = new CsvImport(this).run(new CsvImport.Source(DemoRegistry.AGENCIES, agencies),
                    new CsvImport.Source(DemoRegistry.SYSTEMS, systems));
            // The demo data is tested to import whole; a rejection here is a bug worth a log line, not a dead store.
            report.rejections().forEach(rejection -> LOG.warning(rejection.toString()));
        } catch (IOException e) {
            LOG.log(Level.WARNING, NLS.bind(Messages.Registry_demoFailed, e.getMessage()), e);
        }
    }

    @Deactivate
    void deactivate() {
        close();
    }
}
