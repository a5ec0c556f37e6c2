package org.vigil.events.internal.settings;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.MetaTypeService;
import org.vigil.events.internal.Messages;
import org.vigil.events.settings.InvalidSettingException;
import org.vigil.events.settings.SourceEntry;
import org.vigil.events.settings.SourceKind;
import org.vigil.events.settings.SourceKindSupport;
import org.vigil.events.settings.SourceSettingsStore;

/**
 * The {@link SourceSettingsStore} of the running workbench or command line: the workspace's
 * {@code sources.properties}, the default secure storage (with the environment as fallback) and
 * the Metatype declarations of the installed bundles, found anew at every call so that a plugin
 * installed while Vigil runs offers its kind at once.
 */
@Component(service = SourceSettingsStore.class)
public final class SettingsStoreComponent implements SourceSettingsStore {

    private static final System.Logger LOG = System.getLogger(SettingsStoreComponent.class.getName());
    private static final String INSTANCE_AREA = "osgi.instance.area"; //$NON-NLS-1$

    private final List<SourceKindSupport> supports = new CopyOnWriteArrayList<>();
    private final SettingsStore store;

    /**
     * @param context the bundle context, for the workspace and the installed bundles
     * @param metaTypes reads the declarations
     */
    @Activate
    public SettingsStoreComponent(BundleContext context, @Reference MetaTypeService metaTypes) {
        store = new SettingsStore(workspaceFile(context), new Secrets(defaultSecureStorage(), System::getenv),
                locale -> new Declarations(metaTypes, context.getBundles()), this::support,
                () -> supports.stream().flatMap(support -> support.problems().stream()).toList());
    }

    /** @param support a kind's support, as it comes */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSupport(SourceKindSupport support) {
        supports.add(support);
    }

    /** @param support a kind's support, as it goes */
    void removeSupport(SourceKindSupport support) {
        supports.remove(support);
    }

    private Optional<SourceKindSupport> support(String kind) {
        return supports.stream().filter(support -> support.kind().equals(kind)).findFirst();
    }

    @Override
    public List<SourceKind> kinds(Locale locale) {
        return store.kinds(locale);
    }

    @Override
    public Optional<SourceKind> kind(String kind, Locale locale) {
        return store.kind(kind, locale);
    }

    @Override
    public Path file() {
        return store.file();
    }

    @Override
    public List<SourceEntry> entries() throws IOException {
        return store.entries();
    }

    @Override
    public List<String> problems() {
        return store.problems();
    }

    @Override
    public Optional<String> secret(String id, String attribute) {
        return store.secret(id, attribute);
    }

    @Override
    public void save(SourceEntry entry, Map<String, String> secrets, Locale locale)
            throws InvalidSettingException, IOException {
        store.save(entry, secrets, locale);
    }

    @Override
    public String checkConnection(SourceEntry entry, Map<String, String> secrets, Locale locale)
            throws InvalidSettingException, IOException {
        return store.checkConnection(entry, secrets, locale);
    }

    @Override
    public boolean checksConnection(String kind) {
        return store.checksConnection(kind);
    }

    @Override
    public void remove(String id) throws IOException {
        store.remove(id);
    }

    /** Secure storage is an optional import: a framework without it (a bare test runtime) keeps secrets in the environment only. */
    private static ISecurePreferences defaultSecureStorage() {
        ISecurePreferences storage;
        try {
            storage = SecurePreferencesFactory.getDefault();
        } catch (NoClassDefFoundError e) {
            storage = null;
        }
        if (storage == null) {
            LOG.log(Level.WARNING, Messages.Settings_noSecureStorage);
        }
        return storage;
    }

    /** Without a local workspace (a test framework, say), the file is in the working directory, as {@code -data} would put it. */
    private static Path workspaceFile(BundleContext context) {
        String area = context.getProperty(INSTANCE_AREA);
        if (area != null) {
            try {
                return Path.of(new URI(area.replace(" ", "%20"))).resolve(SourcesFile.FILE_NAME); //$NON-NLS-1$ //$NON-NLS-2$
            } catch (URISyntaxException | IllegalArgumentException e) {
                LOG.log(Level.WARNING, NLS.bind(Messages.Settings_noWorkspace, area));
            }
        }
        return Path.of(SourcesFile.FILE_NAME).toAbsolutePath();
    }
}
