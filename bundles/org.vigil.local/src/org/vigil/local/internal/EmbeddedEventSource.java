package org.vigil.local.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.vigil.core.model.Event;
import org.vigil.demo.DemoData;
import org.vigil.demo.DemoSettings;
import org.vigil.events.Cancellation;
import org.vigil.events.EventEnricher;
import org.vigil.events.EventSource;
import org.vigil.events.SourceDescriptor;
import org.vigil.events.SourceException;
import org.vigil.ingest.FileImporter;
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
    private static final Logger LOG = Logger.getLogger(EmbeddedEventSource.class.getName());

    /** Tags the demo events with their systems, as an import would; none when no registry runs. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile EventEnricher enricher;

    private final SourceDescriptor descriptor;
    private final Path directory;
    private final boolean loadDemo;

    /** @param context used to find the workspace the framework was started on */
    @Activate
    public EmbeddedEventSource(BundleContext context) {
        this.directory = Workspace.directory(context, "events");
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
            source.add(demoEvents(demo, readyEnricher()).iterator(), Cancellation.none());
        }
        return source;
    }

    /**
     * @param demo the demo data set
     * @param tags the enricher imports use, ready
     * @return its events as an import of them would store them, with their systems
     */
    static Stream<Event> demoEvents(DemoSettings demo, EventEnricher tags) {
        return new DemoData(demo).events().map(tags::enrich);
    }

    private EventEnricher readyEnricher() {
        EventEnricher tags = enricher;
        if (tags == null) {
            return EventEnricher.NONE;
        }
        try {
            if (!tags.awaitReady(FileImporter.ENRICHER_WAIT)) {
                LOG.warning("the demo events are stored before the registry was read: some lack their system"); //$NON-NLS-1$
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return tags;
    }

    @Deactivate
    void deactivate() {
        closeSource();
    }
}
