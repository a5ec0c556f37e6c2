package org.vigil.local.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.vigil.demo.DemoData;
import org.vigil.demo.DemoSettings;
import org.vigil.events.Cancellation;
import org.vigil.events.EventSource;
import org.vigil.events.SourceDescriptor;
import org.vigil.events.SourceException;
import org.vigil.local.LazyLuceneSource;
import org.vigil.local.LuceneSource;

/**
 * The source a fresh install works on: a Lucene index in the workspace, so Vigil is useful with
 * no server at all. Its ranking puts it first until the operator picks another source.
 */
@Component(service = EventSource.class, property = "service.ranking:Integer=100")
public final class EmbeddedEventSource extends LazyLuceneSource {

    /** The id by which settings and the CLI name the embedded store. */
    public static final String ID = "embedded";

    /** Framework or system property; {@code false} keeps a fresh store empty. */
    public static final String DEMO_PROPERTY = "vigil.demo";
    private static final int DEMO_EVENTS = 50_000;

    private final SourceDescriptor descriptor;
    private final Path directory;
    private final boolean loadDemo;

    /** @param context used to find the workspace the framework was started on */
    @Activate
    public EmbeddedEventSource(BundleContext context) {
        this.directory = Workspace.directory(context.getProperty("osgi.instance.area"), "events");
        this.descriptor = new SourceDescriptor(ID, Messages.EmbeddedSource_name, "lucene", directory.toString());
        this.loadDemo = !"false".equals(context.getProperty(DEMO_PROPERTY));
    }

    @Override
    public SourceDescriptor descriptor() {
        return descriptor;
    }

    @Override
    protected LuceneSource create() throws SourceException {
        Clock clock = Clock.systemUTC();
        LuceneSource source = LuceneSource.open(descriptor, directory, clock);
        if (loadDemo && source.size() == 0) {
            // A fresh workstation shows a realistic month instead of an empty screen.
            DemoSettings demo = DemoSettings.standard(clock.instant().truncatedTo(ChronoUnit.HOURS), DEMO_EVENTS);
            source.add(new DemoData(demo).events().iterator(), Cancellation.none());
        }
        return source;
    }

    @Deactivate
    void deactivate() {
        closeSource();
    }
}
