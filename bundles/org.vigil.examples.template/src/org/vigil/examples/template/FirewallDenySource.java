package org.vigil.examples.template;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.vigil.core.model.Event;
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
import org.vigil.local.LuceneSource;

/**
 * The plugin template's source: the firewall deny records of {@value #DATA}, shipped in the
 * bundle, searched with the embedded engine. A new plugin replaces {@link DenyRecords} (where the
 * events come from) and keeps the rest.
 *
 * <p>It implements {@link EventSource} itself and only delegates to an in-memory
 * {@link LuceneSource}, rather than extending {@code LazyLuceneSource} or publishing the
 * {@code LuceneSource}: both are also {@code ImportTarget}s, and File → Import Events… would then
 * offer to import into a source that forgets everything at the next start.
 */
@Component(service = EventSource.class)
public final class FirewallDenySource implements EventSource {

    /** The id under which this source appears: {@code vigil-cli search --source template}. */
    public static final String ID = "template"; //$NON-NLS-1$
    /** The records, a CSV file inside the bundle (listed in build.properties' bin.includes). */
    static final String DATA = "data/denies.csv"; //$NON-NLS-1$

    private static final SourceDescriptor DESCRIPTOR = new SourceDescriptor(ID, Messages.DenySource_name,
            "lucene", DATA); //$NON-NLS-1$

    private final LuceneSource index;

    /**
     * Loads the records shipped in the bundle. Fifty rows are indexed in milliseconds; a source
     * with much more to load would do it on a thread of its own, as the log-folder example does,
     * because a service may be activated on the UI thread.
     *
     * @throws SourceException if the bundled file is missing or has a bad row
     */
    @Activate
    public FirewallDenySource() throws SourceException {
        this(bundled());
    }

    /**
     * @param events the events to serve; the tests pass the contract kit's
     * @throws SourceException if the events cannot be indexed
     */
    FirewallDenySource(List<Event> events) throws SourceException {
        index = LuceneSource.inMemory(DESCRIPTOR, events.iterator(), Clock.systemUTC());
    }

    private static List<Event> bundled() throws SourceException {
        try (InputStream in = FirewallDenySource.class.getClassLoader().getResourceAsStream(DATA)) {
            if (in == null) {
                throw new IOException(DATA);
            }
            return DenyRecords.read(ID, DATA, in);
        } catch (IOException e) {
            throw new SourceException(SourceException.Kind.CORRUPT, ID,
                    NLS.bind(Messages.DenyRecords_unreadable, DATA, e.getMessage()), e);
        }
    }

    /** Frees the index when the plugin stops or is uninstalled. */
    @Deactivate
    void deactivate() throws IOException {
        index.close();
    }

    @Override
    public SourceDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<FieldInfo> fields(Cancellation cancellation) throws SourceException {
        return index.fields(cancellation);
    }

    @Override
    public SearchPage search(SearchRequest request, Cancellation cancellation) throws SourceException {
        return index.search(request, cancellation);
    }

    @Override
    public long count(EventQuery query, Cancellation cancellation) throws SourceException {
        return index.count(query, cancellation);
    }

    @Override
    public Histogram histogram(EventQuery query, int targetBuckets, ZoneOffset offset, Cancellation cancellation)
            throws SourceException {
        return index.histogram(query, targetBuckets, offset, cancellation);
    }

    @Override
    public TopTerms topTerms(EventQuery query, String field, int size, Cancellation cancellation)
            throws SourceException {
        return index.topTerms(query, field, size, cancellation);
    }

    /** Without it the source still searches, but dashboards cannot count over it. */
    @Override
    public AggregationResults aggregate(AggregationRequest request, Cancellation cancellation) throws SourceException {
        return index.aggregate(request, cancellation);
    }
}
