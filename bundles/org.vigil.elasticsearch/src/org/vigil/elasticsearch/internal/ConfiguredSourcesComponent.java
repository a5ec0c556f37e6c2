package org.vigil.elasticsearch.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.vigil.elasticsearch.ConnectionFailedException;
import org.vigil.elasticsearch.ConnectionProfile;
import org.vigil.elasticsearch.ElasticsearchConnection;
import org.vigil.elasticsearch.ElasticsearchConnector;
import org.vigil.elasticsearch.ElasticsearchEventSource;
import org.vigil.events.EventSource;
import org.vigil.events.SourceDescriptor;

/**
 * Publishes one {@link EventSource} service per source configured in the workspace's
 * {@code sources.properties} (docs/SOURCES.md). Entries that cannot be used are logged at
 * WARNING with file, key and reason, and skipped; the others are still published.
 */
@Component(immediate = true)
public final class ConfiguredSourcesComponent {

    /** The engine name configured sources show. */
    public static final String KIND = "elasticsearch"; //$NON-NLS-1$

    private static final System.Logger LOG = System.getLogger(ConfiguredSourcesComponent.class.getName());
    private static final String INSTANCE_AREA = "osgi.instance.area"; //$NON-NLS-1$

    private final List<ServiceRegistration<EventSource>> registrations = new ArrayList<>();
    private final List<ElasticsearchConnection> connections = new ArrayList<>();

    /**
     * Reads the file and publishes its sources.
     *
     * @param context the bundle context to publish through
     * @param connector opens the sources' connections
     */
    @Activate
    public ConfiguredSourcesComponent(BundleContext context, @Reference ElasticsearchConnector connector) {
        workspaceFile(context).ifPresent(file -> publish(context, connector, file));
    }

    /** Withdraws the sources and closes their connections. */
    @Deactivate
    public void deactivate() {
        registrations.forEach(ServiceRegistration::unregister);
        connections.forEach(ElasticsearchConnection::close);
    }

    private void publish(BundleContext context, ElasticsearchConnector connector, Path file) {
        SourcesFile.Result result;
        try {
            result = SourcesFile.read(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, NLS.bind(Messages.Sources_unreadable, file, e.getMessage()));
            return;
        }
        result.problems().forEach(problem -> LOG.log(Level.WARNING, problem.message()));
        SourcePasswords passwords = new SourcePasswords(System::getenv);
        for (SourceSettings settings : result.sources()) {
            open(connector, file, settings, passwords).ifPresent(source -> register(context, source));
        }
    }

    private Optional<EventSource> open(ElasticsearchConnector connector, Path file, SourceSettings settings,
            SourcePasswords passwords) {
        try {
            ElasticsearchConnection connection = connector.open(profile(settings, passwords));
            connections.add(connection);
            SourceDescriptor descriptor = new SourceDescriptor(settings.id(), settings.name(), KIND,
                    settings.url() + "/" + settings.index()); //$NON-NLS-1$
            return Optional.of(new ElasticsearchEventSource(descriptor, connection, settings.index(),
                    settings.timestamp(), Clock.systemUTC()));
        } catch (IllegalArgumentException | ConnectionFailedException e) {
            LOG.log(Level.WARNING, new SourcesFile.Problem(file, "source." + settings.id(), e.getMessage()).message()); //$NON-NLS-1$
            return Optional.empty();
        }
    }

    private static ConnectionProfile profile(SourceSettings settings, SourcePasswords passwords) {
        ConnectionProfile profile = ConnectionProfile.of(settings.name(), settings.url()).withCaCertificate(settings.ca());
        return settings.user() == null ? profile
                : profile.withCredentials(settings.user(), passwords.find(settings.id()).orElse(null));
    }

    private void register(BundleContext context, EventSource source) {
        registrations.add(context.registerService(EventSource.class, source, new Hashtable<>()));
    }

    private static Optional<Path> workspaceFile(BundleContext context) {
        String area = context.getProperty(INSTANCE_AREA);
        if (area == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(new URI(area.replace(" ", "%20"))).resolve(SourcesFile.FILE_NAME)); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (URISyntaxException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, NLS.bind(Messages.Sources_noWorkspace, area));
            return Optional.empty();
        }
    }
}
