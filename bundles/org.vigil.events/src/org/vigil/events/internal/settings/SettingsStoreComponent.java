package org.vigil.events.internal.settings;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceListener;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
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
    private static final String SUPPORT_FILTER = "(" + Constants.OBJECTCLASS + "=" + SourceKindSupport.class.getName() + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    private final BundleContext context;
    private final Map<ServiceReference<SourceKindSupport>, SourceKindSupport> supports = new ConcurrentHashMap<>();
    private final ServiceListener unregistering = this::unregistering;
    private final SettingsStore store;

    /**
     * @param context the bundle context, for the workspace, the installed bundles and the kinds' supports
     * @param metaTypes reads the declarations
     * @throws InvalidSyntaxException never: the filter is a constant
     */
    @Activate
    public SettingsStoreComponent(BundleContext context, @Reference MetaTypeService metaTypes)
            throws InvalidSyntaxException {
        this.context = context;
        context.addServiceListener(unregistering, SUPPORT_FILTER);
        store = new SettingsStore(workspaceFile(context), new Secrets(defaultSecureStorage(), System::getenv),
                locale -> new Declarations(metaTypes, context.getBundles()), this::support,
                () -> supports().stream().flatMap(support -> support.problems().stream()).toList());
    }

    /** Lets go of the kinds' supports. */
    @Deactivate
    void deactivate() {
        context.removeServiceListener(unregistering);
        supports.keySet().forEach(context::ungetService);
        supports.clear();
    }

    /*
     * The supports are looked up when a call needs them, not referenced: each of them references
     * this store, and Declarative Services reports a circular reference when both sides bind.
     */
    private List<SourceKindSupport> supports() {
        List<SourceKindSupport> found = new ArrayList<>();
        try {
            for (ServiceReference<SourceKindSupport> reference : context.getServiceReferences(SourceKindSupport.class,
                    null)) {
                SourceKindSupport support = supports.computeIfAbsent(reference, context::getService);
                if (support != null) {
                    found.add(support);
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IllegalStateException e) {
            // this bundle is stopping: no kind takes part any more
        }
        return found;
    }

    private void unregistering(ServiceEvent event) {
        if (event.getType() == ServiceEvent.UNREGISTERING && supports.remove(event.getServiceReference()) != null) {
            context.ungetService(event.getServiceReference());
        }
    }

    private Optional<SourceKindSupport> support(String kind) {
        return supports().stream().filter(support -> support.kind().equals(kind)).findFirst();
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
