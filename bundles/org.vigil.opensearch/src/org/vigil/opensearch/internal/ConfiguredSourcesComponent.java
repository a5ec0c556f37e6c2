package org.vigil.opensearch.internal;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Properties;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.vigil.core.model.Event;
import org.vigil.events.EventSource;
import org.vigil.events.SourceDescriptor;
import org.vigil.events.SourceException;
import org.vigil.opensearch.FieldProfile;
import org.vigil.opensearch.OpenSearchConnection;
import org.vigil.opensearch.OpenSearchEventSource;

/**
 * Publishes one {@link EventSource} service per OpenSearch source of the workspace's
 * {@code sources.properties} ({@link ConfiguredSources}), at start; a skipped entry is logged
 * with its reason. Whether the node answers shows on the first search, naming the source.
 */
@Component(immediate = true, service = {})
public final class ConfiguredSourcesComponent {

    private static final System.Logger LOG = System.getLogger(ConfiguredSourcesComponent.class.getName());
    private static final String INSTANCE_AREA = "osgi.instance.area"; //$NON-NLS-1$
    private static final String FILE_NAME = "sources.properties"; //$NON-NLS-1$

    private final List<ServiceRegistration<EventSource>> registrations = new ArrayList<>();
    private final List<OpenSearchConnection> connections = new ArrayList<>();

    /** @param context the bundle's context, to find the workspace and register the sources */
    @Activate
    public ConfiguredSourcesComponent(BundleContext context) {
        Path file = workspaceFile(context.getProperty(INSTANCE_AREA));
        if (file == null || !Files.isRegularFile(file)) {
            return;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, NLS.bind(Messages.Sources_unreadable, file, e.getMessage()));
            return;
        }
        ConfiguredSources.Result result = ConfiguredSources.parse(properties, System::getenv);
        result.problems().forEach(problem -> LOG.log(System.Logger.Level.WARNING, file + ": " + problem)); //$NON-NLS-1$
        for (ConfiguredSources.Entry entry : result.entries()) {
            try {
                OpenSearchConnection connection = OpenSearchConnection.open(entry.id(),
                        new OpenSearchConnection.Settings(entry.url(), entry.user(), entry.password(), entry.ca()));
                connections.add(connection);
                registrations.add(context.registerService(EventSource.class, source(entry, connection), new Hashtable<>()));
            } catch (SourceException e) {
                LOG.log(System.Logger.Level.WARNING, file + ": " //$NON-NLS-1$
                        + NLS.bind(Messages.Sources_skipped, "source." + entry.id() + ".url", e.getMessage())); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
    }

    /** Unregisters the sources and closes their connections. */
    @Deactivate
    public synchronized void deactivate() {
        registrations.forEach(ServiceRegistration::unregister);
        registrations.clear();
        for (OpenSearchConnection connection : connections) {
            try {
                connection.close();
            } catch (IOException e) {
                // the node may be gone; nothing is left to release here
            }
        }
        connections.clear();
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

    private static Path workspaceFile(String area) {
        if (area == null) {
            return null;
        }
        try {
            return Path.of(new URI(area.replace(" ", "%20"))).resolve(FILE_NAME); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
