package org.vigil.examples.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
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
import org.vigil.events.EventSource;
import org.vigil.events.SourceDescriptor;
import org.vigil.events.SourceException;
import org.vigil.events.settings.InvalidSettingException;
import org.vigil.events.settings.SourceEntry;
import org.vigil.events.settings.SourceKindSupport;
import org.vigil.events.settings.SourceSettingsStore;
import org.vigil.ingest.LogFormats;

/**
 * The log folders the operator adds in File → Data Sources…: the settings are declared in
 * {@code OSGI-INF/metatype/logfolder.xml}, so the workbench draws the form and the settings store
 * checks and keeps the entries; this component only publishes one source per entry of kind
 * {@value #KIND}, and again when one is saved or removed. It is how a plugin takes settings
 * without UI code (docs/PLUGINS.md).
 */
@Component(immediate = true, service = SourceKindSupport.class)
public final class ConfiguredFolders implements SourceKindSupport {

    /** The kind of the entries in {@code sources.properties}. */
    public static final String KIND = "logfolder"; //$NON-NLS-1$
    private static final String FOLDER = "folder"; //$NON-NLS-1$

    private static final System.Logger LOG = System.getLogger(ConfiguredFolders.class.getName());

    /** A followed folder and its service. */
    private record Published(ServiceRegistration<EventSource> registration, ExampleEventSource source) {
    }

    private final BundleContext context;
    private final SourceSettingsStore store;
    private final LogFormats formats;
    private final Map<String, Published> published = new TreeMap<>();
    private final List<String> problems = new CopyOnWriteArrayList<>();

    /**
     * Publishes the configured folders.
     *
     * @param context registers the sources
     * @param store the configured entries
     * @param formats detects and parses the files
     */
    @Activate
    public ConfiguredFolders(BundleContext context, @Reference SourceSettingsStore store,
            @Reference LogFormats formats) {
        this.context = context;
        this.store = store;
        this.formats = formats;
        publish(null);
    }

    /** Stops following every folder, so that a stopped plugin leaves no thread behind. */
    @Deactivate
    synchronized void deactivate() {
        published.keySet().stream().toList().forEach(this::withdraw);
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** The declaration says a folder is required and is a file name; that it is a folder, only the plugin can say. */
    @Override
    public void check(SourceEntry entry, Map<String, String> secrets) throws InvalidSettingException {
        String folder = entry.value(FOLDER).orElse(""); //$NON-NLS-1$
        try {
            if (Files.isDirectory(Path.of(folder))) {
                return;
            }
        } catch (InvalidPathException e) {
            // not even a file name: refused below like any other
        }
        throw new InvalidSettingException(FOLDER, NLS.bind(Messages.Folders_notAFolder, folder));
    }

    @Override
    public synchronized void changed(String id) {
        withdraw(id);
        publish(id);
    }

    @Override
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** @param only the one entry to publish, or {@code null} for all */
    private synchronized void publish(String only) {
        List<SourceEntry> entries;
        try {
            entries = store.entries();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, store.file() + ": " + e.getMessage()); //$NON-NLS-1$
            return;
        }
        for (SourceEntry entry : entries) {
            if (KIND.equals(entry.kind()) && (only == null || only.equals(entry.id()))) {
                try {
                    check(entry, Map.of());
                    Path folder = Path.of(entry.value(FOLDER).orElseThrow());
                    ExampleEventSource source = new ExampleEventSource(new SourceDescriptor(entry.id(),
                            entry.value("name").orElse(entry.id()), ExampleEventSource.KIND, folder.toString()), //$NON-NLS-1$
                            folder, formats, ExampleEventSource.POLL_EVERY);
                    published.put(entry.id(), new Published(
                            context.registerService(EventSource.class, source, new Hashtable<>()), source));
                } catch (InvalidSettingException | SourceException e) {
                    String problem = NLS.bind(Messages.Folders_skipped, entry.id() + '.' + FOLDER, e.getMessage());
                    problems.add(problem);
                    LOG.log(System.Logger.Level.WARNING, problem);
                }
            }
        }
    }

    private void withdraw(String id) {
        Published running = published.remove(id);
        if (running == null) {
            return;
        }
        running.registration().unregister();
        try {
            running.source().deactivate();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, id + ": " + e.getMessage()); //$NON-NLS-1$
        }
    }
}
