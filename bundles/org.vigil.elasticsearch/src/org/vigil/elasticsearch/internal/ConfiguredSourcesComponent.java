package org.vigil.elasticsearch.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.vigil.cases.CaseStore;
import org.vigil.cases.StoreInfo;
import org.vigil.elasticsearch.ClusterInfo;
import org.vigil.elasticsearch.ConnectionFailedException;
import org.vigil.elasticsearch.ConnectionProfile;
import org.vigil.elasticsearch.ElasticsearchConnection;
import org.vigil.elasticsearch.ElasticsearchConnector;
import org.vigil.elasticsearch.ElasticsearchEventSource;
import org.vigil.elasticsearch.sources.ConfiguredSources;
import org.vigil.elasticsearch.sources.InvalidSourceException;
import org.vigil.elasticsearch.sources.SourceSettings;
import org.vigil.events.EventSource;
import org.vigil.events.SourceDescriptor;
import org.vigil.events.settings.InvalidSettingException;
import org.vigil.events.settings.SourceEntry;
import org.vigil.events.settings.SourceKindSupport;
import org.vigil.events.settings.SourceSettingsStore;
import org.vigil.elasticsearch.internal.cases.ElasticsearchCaseStore;
import org.vigil.elasticsearch.internal.registry.ElasticsearchSystemRegistry;
import org.vigil.registry.SystemRegistry;

/**
 * Publishes one {@link EventSource} service per source configured in the workspace's
 * {@code sources.properties} (docs/SOURCES.md), with its team {@link CaseStore}, and lets the
 * settings form change them while Vigil runs. The file and the passwords are the
 * {@link SourceSettingsStore}'s, which checks entries against this bundle's declaration
 * ({@code OSGI-INF/metatype/source.xml}) and, as {@link SourceKindSupport}, against the rules of
 * {@link SourceRules}. The source that {@code registry.source} names also
 * publishes the team's {@link SystemRegistry}, ranked above the embedded one (docs/REGISTRY.md).
 * Entries that cannot be used are logged at WARNING with file, key and reason, and skipped; the
 * others are still published.
 */
@Component(immediate = true, service = { ConfiguredSources.class, SourceKindSupport.class })
public final class ConfiguredSourcesComponent implements ConfiguredSources, SourceKindSupport {

    /** The engine name configured sources show. */
    public static final String KIND = "elasticsearch"; //$NON-NLS-1$

    private static final System.Logger LOG = System.getLogger(ConfiguredSourcesComponent.class.getName());
    private static final String INSTANCE_AREA = "osgi.instance.area"; //$NON-NLS-1$
    /** The secret attribute of the declaration. */
    private static final String PASSWORD = "password"; //$NON-NLS-1$

    /** Above the embedded registry's 100: the team's registry, once configured, is the one every view uses. */
    static final int TEAM_REGISTRY_RANKING = 200;

    /** A source as it runs: its services (events, cases) and the connection to close when it goes. */
    private record Published(List<ServiceRegistration<?>> registrations, ElasticsearchConnection connection) {

        void withdraw() {
            registrations.forEach(ServiceRegistration::unregister);
            connection.close();
        }
    }

    private final BundleContext context;
    private final ElasticsearchConnector connector;
    private final Optional<Path> file;
    private final SourceSettingsStore store;
    private final Map<String, SourceSettings> configured = new TreeMap<>();
    private final Map<String, Published> published = new TreeMap<>();
    private final List<String> problems = new ArrayList<>();
    private String registrySource;

    /**
     * Reads the file and publishes its sources.
     *
     * @param context the bundle context to publish through
     * @param connector opens the sources' connections
     * @param store keeps the file and the passwords
     */
    @Activate
    public ConfiguredSourcesComponent(BundleContext context, @Reference ElasticsearchConnector connector,
            @Reference SourceSettingsStore store) {
        this.context = context;
        this.connector = connector;
        this.file = workspaceFile(context);
        this.store = store;
        file.ifPresent(this::publishAll);
    }

    /** Withdraws the sources and closes their connections. */
    @Deactivate
    public synchronized void deactivate() {
        published.values().forEach(Published::withdraw);
        published.clear();
    }

    @Override
    public synchronized List<SourceSettings> sources() {
        return List.copyOf(configured.values());
    }

    @Override
    public synchronized List<String> problems() {
        return List.copyOf(problems);
    }

    @Override
    public boolean hasPassword(String id) {
        return password(id) != null;
    }

    @Override
    public ClusterInfo check(SourceSettings settings, String password)
            throws InvalidSourceException, ConnectionFailedException {
        String secret = password != null ? password : password(settings.id());
        SourceRules.check(settings, secret != null);
        try (ElasticsearchConnection connection = connector.open(profile(settings, secret))) {
            return connection.check();
        }
    }

    @Override
    public void save(SourceSettings settings, String password) throws InvalidSourceException, IOException {
        SourceRules.check(settings, password != null || hasPassword(settings.id()));
        requireFile();
        Map<String, String> secrets = settings.user() == null ? Map.of(PASSWORD, "") //$NON-NLS-1$
                : password == null ? Map.of() : Map.of(PASSWORD, password);
        try {
            store.save(entry(settings), secrets, Locale.getDefault());
        } catch (InvalidSettingException e) {
            throw new InvalidSourceException(field(e.field()), e.getMessage());
        }
    }

    @Override
    public void remove(String id) throws IOException {
        requireFile();
        store.remove(id);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void check(SourceEntry entry, Map<String, String> secrets) throws InvalidSettingException {
        try {
            SourceRules.check(settings(entry), secrets.containsKey(PASSWORD));
        } catch (InvalidSourceException e) {
            throw new InvalidSettingException(e.field().name().toLowerCase(Locale.ROOT), e.getMessage());
        }
    }

    @Override
    public boolean checksConnection() {
        return true;
    }

    @Override
    public String checkConnection(SourceEntry entry, Map<String, String> secrets) throws IOException {
        try (ElasticsearchConnection connection = connector.open(profile(settings(entry), secrets.get(PASSWORD)))) {
            ClusterInfo info = connection.check();
            return NLS.bind(Messages.Sources_connected, info.clusterName(), info.version());
        } catch (ConnectionFailedException | InvalidSourceException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Re-reads the file and publishes the entry anew (or withdraws it), keeping the other sources running. */
    @Override
    public synchronized void changed(String id) {
        withdraw(id);
        configured.remove(id);
        Path target = file.orElse(null);
        if (target == null) {
            return;
        }
        try {
            SourcesFile.read(target).sources().stream().filter(settings -> settings.id().equals(id)).findFirst()
                    .ifPresent(settings -> {
                        configured.put(id, settings);
                        publish(target, settings);
                    });
        } catch (IOException e) {
            LOG.log(Level.WARNING, NLS.bind(Messages.Sources_unreadable, target, e.getMessage()));
        }
    }

    /** The settings as the store keeps them: the parts of the file, the password apart. */
    private static SourceEntry entry(SourceSettings settings) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("url", settings.url().toString()); //$NON-NLS-1$
        values.put("name", settings.name()); //$NON-NLS-1$
        values.put("index", settings.index()); //$NON-NLS-1$
        values.put("timestamp", settings.timestamp()); //$NON-NLS-1$
        if (settings.user() != null) {
            values.put("user", settings.user()); //$NON-NLS-1$
        }
        if (settings.ca() != null) {
            values.put("ca", settings.ca().toString()); //$NON-NLS-1$
        }
        return new SourceEntry(settings.id(), KIND, values);
    }

    private static SourceSettings settings(SourceEntry entry) throws InvalidSourceException {
        return SourceSettings.fromText(entry.id(), value(entry, "name"), value(entry, "url"), value(entry, "index"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                value(entry, "timestamp"), value(entry, "user"), value(entry, "ca")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static String value(SourceEntry entry, String part) {
        return entry.value(part).orElse(null);
    }

    private static InvalidSourceException.Field field(String attribute) {
        try {
            return InvalidSourceException.Field.valueOf(attribute.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return InvalidSourceException.Field.ID;
        }
    }

    private String password(String id) {
        return store.secret(id, PASSWORD).orElse(null);
    }

    private synchronized void publishAll(Path target) {
        SourcesFile.Result result;
        try {
            result = SourcesFile.read(target);
        } catch (IOException e) {
            String message = NLS.bind(Messages.Sources_unreadable, target, e.getMessage());
            problems.add(message);
            LOG.log(Level.WARNING, message);
            return;
        }
        result.problems().forEach(problem -> {
            problems.add(problem.message());
            LOG.log(Level.WARNING, problem.message());
        });
        registrySource = result.registrySource();
        for (SourceSettings settings : result.sources()) {
            configured.put(settings.id(), settings);
            publish(target, settings);
        }
    }

    private void publish(Path target, SourceSettings settings) {
        try {
            ElasticsearchConnection connection = connector.open(profile(settings, password(settings.id())));
            SourceDescriptor descriptor = new SourceDescriptor(settings.id(), settings.name(), KIND,
                    settings.url() + "/" + settings.index()); //$NON-NLS-1$
            EventSource source = new ElasticsearchEventSource(descriptor, connection, settings.index(),
                    settings.timestamp(), Clock.systemUTC());
            List<ServiceRegistration<?>> registrations = new ArrayList<>(List.of(
                    context.registerService(EventSource.class, source, new Hashtable<>()),
                    context.registerService(CaseStore.class, caseStore(settings, connection), new Hashtable<>())));
            if (settings.id().equals(registrySource)) {
                registrations.add(context.registerService(SystemRegistry.class, registry(settings, connection),
                        new Hashtable<>(Map.of(Constants.SERVICE_RANKING, TEAM_REGISTRY_RANKING,
                                SystemRegistry.STORE_PROPERTY, settings.id()))));
            }
            published.put(settings.id(), new Published(registrations, connection));
        } catch (IllegalArgumentException | ConnectionFailedException e) {
            String message = new SourcesFile.Problem(target, "source." + settings.id(), e.getMessage()).message(); //$NON-NLS-1$
            LOG.log(Level.WARNING, message);
        }
    }

    /** The team's cases live on the same cluster as its events, under the user the source logs in as. */
    private static CaseStore caseStore(SourceSettings settings, ElasticsearchConnection connection) {
        String prefix = ElasticsearchCaseStore.defaultPrefix();
        StoreInfo info = new StoreInfo(settings.id(), NLS.bind(Messages.Cases_storeName, settings.name()), KIND,
                settings.url() + " (" + ElasticsearchCaseStore.indexNames(prefix) + ")"); //$NON-NLS-1$ //$NON-NLS-2$
        String user = settings.user() != null ? settings.user() : System.getProperty("user.name"); //$NON-NLS-1$
        return new ElasticsearchCaseStore(info, user, Clock.systemDefaultZone(), connection, prefix);
    }

    private static SystemRegistry registry(SourceSettings settings, ElasticsearchConnection connection) {
        return new ElasticsearchSystemRegistry(NLS.bind(Messages.Registry_name, settings.name()), connection,
                ElasticsearchSystemRegistry.defaultPrefix());
    }

    private void withdraw(String id) {
        Published running = published.remove(id);
        if (running != null) {
            running.withdraw();
        }
    }

    private static ConnectionProfile profile(SourceSettings settings, String password) {
        ConnectionProfile profile = ConnectionProfile.of(settings.name(), settings.url()).withCaCertificate(settings.ca());
        return settings.user() == null ? profile : profile.withCredentials(settings.user(), password);
    }

    private Path requireFile() throws IOException {
        return file.orElseThrow(() -> new IOException(NLS.bind(Messages.Sources_noWorkspace,
                context.getProperty(INSTANCE_AREA))));
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
