package org.vigil.examples.source;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.vigil.events.AggregationRequest;
import org.vigil.events.AggregationResults;
import org.vigil.events.Cancellation;
import org.vigil.events.EventQuery;
import org.vigil.events.EventSource;
import org.vigil.events.FieldInfo;
import org.vigil.events.Histogram;
import org.vigil.events.SearchPage;
import org.vigil.events.SearchRequest;
import org.vigil.events.SourceDescriptor;
import org.vigil.events.SourceException;
import org.vigil.events.TopTerms;
import org.vigil.ingest.LogFormats;

/**
 * The example data source: the log files of one folder (NDJSON, CSV, syslog, any format the
 * ingest bundle detects), searched in place without an import and followed as they grow. The
 * folder is the system property {@value #FOLDER_PROPERTY}, else the environment variable
 * {@value #FOLDER_VARIABLE}, else {@code ~/vigil-logs}; while it is missing the source is empty.
 *
 * <p>A plugin for another kind of data keeps this shape: a Declarative Services component that
 * publishes an {@link EventSource}, does its slow work on its own thread and stops that thread
 * when its bundle stops.
 */
@Component(service = EventSource.class)
public final class ExampleEventSource implements EventSource {

    /** The id under which this source appears in the registry. */
    public static final String ID = "example"; //$NON-NLS-1$
    /** The system property naming the folder to follow. */
    public static final String FOLDER_PROPERTY = "vigil.example.folder"; //$NON-NLS-1$
    /** The environment variable naming the folder, when the property is not set. */
    public static final String FOLDER_VARIABLE = "VIGIL_EXAMPLE_FOLDER"; //$NON-NLS-1$
    /** The engine kind the source shows: the embedded engine's. */
    static final String KIND = "lucene"; //$NON-NLS-1$
    /** The name of the thread that polls the folder, so that a leak is easy to spot. */
    static final String POLLER_THREAD = "vigil-example-folder"; //$NON-NLS-1$
    static final Duration POLL_EVERY = Duration.ofSeconds(2);

    private static final System.Logger LOG = System.getLogger(ExampleEventSource.class.getName());
    private static final Duration STOP_PATIENCE = Duration.ofSeconds(10);

    private final Cancellation stop = new Cancellation();
    private final SourceDescriptor descriptor;
    private final FolderFollower follower;
    private final ScheduledExecutorService poller;
    private String lastFailure;

    /**
     * Follows the configured folder.
     *
     * @param formats detects and parses the files
     * @throws SourceException if the index cannot be created
     */
    @Activate
    public ExampleEventSource(@Reference LogFormats formats) throws SourceException {
        this(configuredFolder(), formats, POLL_EVERY);
    }

    /**
     * @param folder the folder of log files
     * @param formats detects and parses the files
     * @param every the time between the end of a poll and the start of the next
     * @throws SourceException if the index cannot be created
     */
    ExampleEventSource(Path folder, LogFormats formats, Duration every) throws SourceException {
        this(new SourceDescriptor(ID, Messages.ExampleSource_name, KIND, folder.toString()), folder, formats, every);
    }

    /**
     * @param descriptor how the source appears: a folder the operator configured has its own id and name
     * @param folder the folder of log files
     * @param formats detects and parses the files
     * @param every the time between the end of a poll and the start of the next
     * @throws SourceException if the index cannot be created
     */
    ExampleEventSource(SourceDescriptor descriptor, Path folder, LogFormats formats, Duration every)
            throws SourceException {
        this.descriptor = descriptor;
        follower = new FolderFollower(folder, formats, descriptor);
        poller = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, POLLER_THREAD);
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(this::poll, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void poll() {
        try {
            follower.poll(stop);
            lastFailure = null;
        } catch (IOException | SourceException | RuntimeException e) {
            // Keep polling: a file being moved or a folder on a share may be back next time.
            // Each new failure is logged once, not every two seconds.
            if (!stop.isCancelled() && !String.valueOf(e).equals(lastFailure)) {
                lastFailure = String.valueOf(e);
                LOG.log(System.Logger.Level.WARNING, "Cannot follow " + descriptor.location(), e); //$NON-NLS-1$
            }
        }
    }

    private static Path configuredFolder() {
        String folder = System.getProperty(FOLDER_PROPERTY, System.getenv(FOLDER_VARIABLE));
        return folder == null || folder.isBlank() ? Path.of(System.getProperty("user.home"), "vigil-logs") //$NON-NLS-1$ //$NON-NLS-2$
                : Path.of(folder);
    }

    /** Stops the poller and waits for it, so that a stopped bundle leaves no thread behind. */
    @Deactivate
    void deactivate() throws InterruptedException, IOException {
        stop.cancel();
        poller.shutdownNow();
        poller.awaitTermination(STOP_PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        follower.close();
    }

    @Override
    public SourceDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public List<FieldInfo> fields(Cancellation cancellation) throws SourceException {
        return follower.read(index -> index.fields(cancellation));
    }

    @Override
    public SearchPage search(SearchRequest request, Cancellation cancellation) throws SourceException {
        return follower.read(index -> index.search(request, cancellation));
    }

    @Override
    public long count(EventQuery query, Cancellation cancellation) throws SourceException {
        return follower.read(index -> index.count(query, cancellation));
    }

    @Override
    public Histogram histogram(EventQuery query, int targetBuckets, ZoneOffset offset, Cancellation cancellation)
            throws SourceException {
        return follower.read(index -> index.histogram(query, targetBuckets, offset, cancellation));
    }

    @Override
    public TopTerms topTerms(EventQuery query, String field, int size, Cancellation cancellation)
            throws SourceException {
        return follower.read(index -> index.topTerms(query, field, size, cancellation));
    }

    @Override
    public AggregationResults aggregate(AggregationRequest request, Cancellation cancellation) throws SourceException {
        return follower.read(index -> index.aggregate(request, cancellation));
    }
}
