package org.vigil.dashboards.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.vigil.dashboards.Dashboard;
import org.vigil.dashboards.DashboardException;
import org.vigil.dashboards.DashboardFile;
import org.vigil.dashboards.DashboardFileException;
import org.vigil.dashboards.DashboardStore;
import org.vigil.dashboards.ReportSchedules;
import org.vigil.local.internal.Workspace;

/**
 * The dashboards of the workspace: the shipped ones, read from this bundle, and the files of the
 * workspace's {@code dashboards} folder, one {@code <id>.json} each. A save writes a temporary
 * file next to the target and moves it over, so that a reader never sees half a file and a
 * failure leaves the old one.
 */
@Component(service = DashboardStore.class)
public final class WorkspaceDashboards implements DashboardStore {

    /** The shipped dashboards, by id, in the bundle's {@code dashboards} folder. */
    public static final List<String> SHIPPED = List.of("soc-overview", "compliance", "period-report"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    private static final Logger LOG = Logger.getLogger(WorkspaceDashboards.class.getName());
    private static final String SUFFIX = ".json"; //$NON-NLS-1$

    private static volatile List<Dashboard> shippedOnce;

    private final Path folder;
    private final ReportSchedules schedules;
    private final List<String> problems = new CopyOnWriteArrayList<>();

    /** @param context the framework, whose workspace holds the folder */
    @Activate
    public WorkspaceDashboards(BundleContext context) {
        this(Workspace.directory(context, "dashboards")); //$NON-NLS-1$
    }

    /** @param folder the folder of the saved dashboards; created on the first save */
    public WorkspaceDashboards(Path folder) {
        this.folder = folder;
        this.schedules = new ReportSchedules(folder.resolveSibling("reports").resolve("schedules.json")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public ReportSchedules schedules() {
        return schedules;
    }

    @Override
    public Path location() {
        return folder;
    }

    @Override
    public List<Dashboard> list() throws DashboardException {
        Map<String, Dashboard> byId = new TreeMap<>();
        for (Dashboard shipped : shipped()) {
            byId.put(shipped.id(), shipped);
        }
        List<String> found = new ArrayList<>();
        for (Path file : files()) {
            try {
                Dashboard saved = read(file);
                byId.put(saved.id(), saved);
            } catch (DashboardException e) {
                found.add(e.getMessage());
            }
        }
        problems.clear();
        problems.addAll(found);
        return List.copyOf(byId.values());
    }

    @Override
    public List<String> problems() {
        return List.copyOf(problems);
    }

    @Override
    public Optional<Dashboard> find(String name) throws DashboardException {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        List<Dashboard> all = list();
        return all.stream().filter(d -> d.id().toLowerCase(Locale.ROOT).equals(wanted)).findFirst()
                .or(() -> all.stream().filter(d -> d.title().en().toLowerCase(Locale.ROOT).equals(wanted)
                        || d.title().vi().toLowerCase(Locale.ROOT).equals(wanted)).findFirst());
    }

    @Override
    public boolean isShipped(String id) {
        return SHIPPED.contains(id);
    }

    @Override
    public void save(Dashboard dashboard) throws DashboardException {
        Path target = folder.resolve(dashboard.id() + SUFFIX);
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, "." + dashboard.id(), ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                DashboardFile.write(dashboard, out);
            }
            move(temporary, target);
        } catch (IOException e) {
            throw new DashboardException(NLS.bind(Messages.Store_cannotWrite, target, e.getMessage()), e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    @Override
    public Dashboard importFile(Path file) throws DashboardException {
        Dashboard dashboard = read(file);
        save(dashboard);
        return dashboard;
    }

    /**
     * @param file a dashboard file
     * @return the dashboard it holds
     * @throws DashboardException if it cannot be read, is not UTF-8, or is not a valid dashboard
     */
    static Dashboard read(Path file) throws DashboardException {
        try {
            return DashboardFile.read(file.toString(), StandardCharsets.UTF_8.newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString());
        } catch (CharacterCodingException e) {
            throw new DashboardFileException(file.toString(), 1, 1, Messages.File_notUtf8);
        } catch (IOException e) {
            throw new DashboardException(NLS.bind(Messages.Store_cannotRead, file, e.getMessage()), e);
        }
    }

    /** @return the dashboards Vigil ships, in {@link #SHIPPED} order */
    public static List<Dashboard> shipped() {
        // Every list and find starts from these; they never change, so the bundle's files are parsed once.
        List<Dashboard> dashboards = shippedOnce;
        if (dashboards == null) {
            dashboards = readShipped();
            shippedOnce = dashboards;
        }
        return dashboards;
    }

    private static List<Dashboard> readShipped() {
        List<Dashboard> dashboards = new ArrayList<>();
        for (String id : SHIPPED) {
            String resource = "/dashboards/" + id + SUFFIX; //$NON-NLS-1$
            try (InputStream in = WorkspaceDashboards.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("the dashboards bundle lacks " + resource); //$NON-NLS-1$
                }
                dashboards.add(DashboardFile.read(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (DashboardFileException e) {
                // The shipped files are tested to read: one that does not is a bug in this bundle.
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return List.copyOf(dashboards);
    }

    private List<Path> files() throws DashboardException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*" + SUFFIX)) { //$NON-NLS-1$
            entries.forEach(files::add);
        } catch (IOException e) {
            throw new DashboardException(NLS.bind(Messages.Store_cannotRead, folder, e.getMessage()), e);
        }
        files.sort(null);
        return files;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            LOG.warning("cannot delete " + temporary + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
