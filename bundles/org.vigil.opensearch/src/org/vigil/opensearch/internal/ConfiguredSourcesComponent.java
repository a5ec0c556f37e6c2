package org.vigil.opensearch.internal;

import java.io.IOException;
import java.time.Clock;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.vigil.core.model.Event;
import org.vigil.events.Cancellation;
import org.vigil.events.EventSource;
import org.vigil.events.SourceDescriptor;
import org.vigil.events.SourceException;
import org.vigil.events.settings.InvalidSettingException;
import org.vigil.events.settings.SourceEntry;
import org.vigil.events.settings.SourceKindSupport;
import org.vigil.events.settings.SourceSettingsStore;
import org.vigil.opensearch.FieldProfile;
import org.vigil.opensearch.OpenSearchConnection;
import org.vigil.opensearch.OpenSearchEventSource;

/**
 * Publishes one {@link EventSource} service per OpenSearch source of the workspace's
 * {@code sources.properties} ({@link ConfiguredSources}), as the settings store reads it: at
 * start, and again for an entry saved or removed in the settings form. A skipped entry is logged
 * with its reason. Whether the node answers shows on the first search, naming the source.
 */
@Component(immediate = true, service = SourceKindSupport.class)
public final class ConfiguredSourcesComponent implements SourceKindSupport {

    private static final System.Logger LOG = System.getLogger(ConfiguredSourcesComponent.class.getName());

    /** A source as it runs: its service and the connection to close when it goes. */
    private record Published(ServiceRegistration<EventSource> registration, OpenSearchConnection connection) {

        void withdraw() {
            registration.unregister();
            try {
                connection.close();
            } catch (IOException e) {
                // the node may be gone; nothing is left to release here
            }
        }
    }

    private final BundleContext context;
    private final SourceSettingsStore store;
    private final Map<String, Published> published = new TreeMap<>();
    private final List<String> problems = new CopyOnWriteArrayList<>();

    /**
     * @param context the bundle's context, to register the sources
     * @param store the configured entries and their passwords
     */
    @Activate
    public ConfiguredSourcesComponent(BundleContext context, @Reference SourceSettingsStore store) {
        this.context = context;
        this.store = store;
        publish(null);
    }

    /** Unregisters the sources and closes their connections. */
    @Deactivate
    public synchronized void deactivate() {
        published.values().forEach(Published::withdraw);
        published.clear();
    }

    @Override
    public String kind() {
        return ConfiguredSources.KIND;
    }

    @Override
    public void check(SourceEntry entry, Map<String, String> secrets) throws InvalidSettingException {
        ConfiguredSources.check(entry, secrets.containsKey(ConfiguredSources.PASSWORD));
    }

    @Override
    public boolean checksConnection() {
        return true;
    }

    /** Reads the index pattern's field list: the node answers, trusts the CA and accepts the user, or says why not. */
    @Override
    public String checkConnection(SourceEntry entry, Map<String, String> secrets) throws IOException {
        ConfiguredSources.Result parsed = ConfiguredSources.parse(List.of(entry),
                (id, attribute) -> java.util.Optional.ofNullable(secrets.get(attribute)));
        if (parsed.entries().isEmpty()) {
            throw new IOException(String.join("; ", parsed.problems())); //$NON-NLS-1$
        }
        ConfiguredSources.Entry checked = parsed.entries().get(0);
        try (OpenSearchConnection connection = OpenSearchConnection.open(checked.id(),
                new OpenSearchConnection.Settings(checked.url(), checked.user(), checked.password(), checked.ca()))) {
            int fields = OpenSearchEventSource.of(checked.id(), connection, checked.index())
                    .fields(Cancellation.none()).size();
            return NLS.bind(Messages.Sources_connected, fields, checked.index());
        } catch (SourceException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public List<String> problems() {
        return List.copyOf(problems);
    }

    private void problem(String message) {
        problems.add(message);
        LOG.log(System.Logger.Level.WARNING, message);
    }

    @Override
    public synchronized void changed(String id) {
        Published running = published.remove(id);
        if (running != null) {
            running.withdraw();
        }
        publish(id);
    }

    /** @param only the one source to publish, or {@code null} for all */
    private synchronized void publish(String only) {
        ConfiguredSources.Result result;
        try {
            result = ConfiguredSources.parse(store.entries(), store::secret);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, NLS.bind(Messages.Sources_unreadable, store.file(), e.getMessage()));
            return;
        }
        if (only == null) {
            result.problems().forEach(problem -> problem(store.file() + ": " + problem)); //$NON-NLS-1$
        }
        for (ConfiguredSources.Entry entry : result.entries()) {
            if (only != null && !only.equals(entry.id())) {
                continue;
            }
            try {
                OpenSearchConnection connection = OpenSearchConnection.open(entry.id(),
                        new OpenSearchConnection.Settings(entry.url(), entry.user(), entry.password(), entry.ca()));
                published.put(entry.id(), new Published(
                        context.registerService(EventSource.class, source(entry, connection), new Hashtable<>()),
                        connection));
            } catch (SourceException e) {
                problem(store.file() + ": " //$NON-NLS-1$
                        + NLS.bind(Messages.Sources_skipped, "source." + entry.id() + ".url", e.getMessage())); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
    }

    /** The time field: the configured one, else the profile's of the index pattern (Wazuh's), else {@code @timestamp}. */
    private static OpenSearchEventSource source(ConfiguredSources.Entry entry, OpenSearchConnection connection) {
        String timestamp = entry.timestamp();
        if (timestamp == null) {
            try {
                timestamp = FieldProfile.forIndexPattern(entry.index()).map(FieldProfile::timestampField)
                        .orElse(Event.TIMESTAMP);
            } catch (IOException e) {
                timestamp = Event.TIMESTAMP;
            }
        }
        return new OpenSearchEventSource(new SourceDescriptor(entry.id(), entry.name(), OpenSearchEventSource.KIND,
                connection.location() + '/' + entry.index()), connection, entry.index(), timestamp, Clock.systemUTC());
    }
}
