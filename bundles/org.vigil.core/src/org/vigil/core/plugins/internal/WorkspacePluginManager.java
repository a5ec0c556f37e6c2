package org.vigil.core.plugins.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.vigil.core.internal.WorkspaceFolder;
import org.vigil.core.plugins.PluginException;
import org.vigil.core.plugins.PluginInfo;
import org.vigil.core.plugins.PluginManager;
import org.vigil.core.plugins.SigningPolicy;
import org.vigil.core.plugins.TrustedCertificate;

/**
 * The plugin manager of a workspace. It keeps its own record of the plugins in
 * {@code <workspace>/plugins} rather than relying on the framework's persistence, because the
 * product's configuration area is shared by every user of an installation, may be read-only,
 * and the simple configurator uninstalls at start-up what its bundle list does not name. The
 * remembered plugins are installed again when the component activates, so the service is
 * published only once they are back.
 */
@Component(service = PluginManager.class, immediate = true)
public final class WorkspacePluginManager implements PluginManager {

    /** Location prefix of the bundles this manager installs; the rest is the symbolic name. */
    public static final String LOCATION_PREFIX = "vigil-plugin:"; //$NON-NLS-1$

    private final BundleContext context;
    private final PluginRecords records;
    private final TrustStore trust;
    private final Wiring wiring;
    private final List<String> startupProblems;

    /** @param context the core bundle's context; the store is {@code plugins} in the workspace */
    @Activate
    public WorkspacePluginManager(BundleContext context) {
        this(context, WorkspaceFolder.of(context, "plugins")); //$NON-NLS-1$
    }

    /**
     * Installs the plugins remembered in the folder, as at a start of Vigil.
     *
     * @param context a bundle context of the running framework
     * @param directory the folder holding the plugins' jars, their list and the signing policy
     */
    public WorkspacePluginManager(BundleContext context, Path directory) {
        this.context = context;
        this.records = new PluginRecords(directory);
        this.trust = new TrustStore(directory);
        this.wiring = new Wiring(context);
        this.startupProblems = List.copyOf(restore());
    }

    @Override
    public synchronized List<PluginInfo> plugins() {
        List<PluginInfo> plugins = new ArrayList<>();
        try {
            for (String name : records.entries().keySet()) {
                Optional.ofNullable(bundle(name)).ifPresent(b -> plugins.add(PluginInfo.of(b, Locale.getDefault())));
            }
        } catch (IOException e) {
            // An unreadable list shows as no plugins; install and uninstall report the error itself.
        }
        return plugins;
    }

    @Override
    public synchronized List<PluginInfo> install(Path file) throws PluginException {
        String refused = NLS.bind(Messages.Install_refused, file.getFileName());
        try (PluginFiles files = new PluginFiles()) {
            List<BundleJar> jars = withoutPresent(files.bundles(file));
            refuseIf(refused, duplicates(jars));
            refuseIf(refused, signatureProblems(jars));
            List<Bundle> bundles = installAll(jars, refused);
            try {
                refuseIf(refused, wiring.resolve(bundles));
                startAll(bundles, refused);
                remember(jars, refused);
            } catch (PluginException e) {
                wiring.discard(bundles);
                throw e;
            }
            return bundles.stream().map(b -> PluginInfo.of(b, Locale.getDefault())).toList();
        } catch (IOException e) {
            throw new PluginException(refused, List.of(e.toString()));
        }
    }

    @Override
    public synchronized PluginInfo start(String symbolicName) throws PluginException {
        return setStarted(symbolicName, true, Messages.Start_failed);
    }

    @Override
    public synchronized PluginInfo stop(String symbolicName) throws PluginException {
        return setStarted(symbolicName, false, Messages.Stop_failed);
    }

    @Override
    public synchronized void uninstall(String symbolicName) throws PluginException {
        try {
            if (!records.entries().containsKey(symbolicName)) {
                throw notAPlugin(symbolicName);
            }
            Bundle bundle = bundle(symbolicName);
            if (bundle != null) {
                wiring.discard(List.of(bundle));
            }
            records.remove(symbolicName);
        } catch (IOException e) {
            throw new PluginException(NLS.bind(Messages.Uninstall_failed, symbolicName), List.of(e.toString()));
        }
    }

    @Override
    public List<String> startupProblems() {
        return startupProblems;
    }

    @Override
    public synchronized SigningPolicy signingPolicy() throws PluginException {
        try {
            List<TrustedCertificate> trusted = new ArrayList<>();
            for (X509Certificate certificate : trust.certificates()) {
                trusted.add(TrustStore.describe(certificate));
            }
            return new SigningPolicy(trust.required(), trusted);
        } catch (IOException | GeneralSecurityException e) {
            throw new PluginException(Messages.Signing_unreadable, List.of(e.toString()));
        }
    }

    @Override
    public synchronized void requireSigned(boolean required) throws PluginException {
        try {
            trust.setRequired(required);
        } catch (IOException e) {
            throw new PluginException(Messages.Signing_unwritable, List.of(e.toString()));
        }
    }

    @Override
    public synchronized List<TrustedCertificate> trust(Path pem) throws PluginException {
        String refused = NLS.bind(Messages.Trust_refused, pem.toAbsolutePath());
        try {
            List<X509Certificate> certificates = TrustStore.read(pem);
            if (certificates.isEmpty()) {
                throw new PluginException(refused, List.of(Messages.Trust_noCertificate));
            }
            List<TrustedCertificate> added = new ArrayList<>();
            for (X509Certificate certificate : certificates) {
                trust.add(certificate);
                added.add(TrustStore.describe(certificate));
            }
            return added;
        } catch (IOException | GeneralSecurityException e) {
            throw new PluginException(refused, List.of(e.getMessage() == null ? e.toString() : e.getMessage()));
        }
    }

    @Override
    public synchronized void distrust(String fingerprint) throws PluginException {
        try {
            if (!trust.remove(fingerprint)) {
                throw new PluginException(NLS.bind(Messages.Trust_unknown, fingerprint), List.of());
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new PluginException(Messages.Signing_unwritable, List.of(e.toString()));
        }
    }

    private PluginInfo setStarted(String symbolicName, boolean started, String failed) throws PluginException {
        Bundle bundle = installedPlugin(symbolicName);
        try {
            if (started) {
                bundle.start();
            } else {
                bundle.stop();
            }
            records.setStarted(symbolicName, started);
        } catch (BundleException | IOException e) {
            throw new PluginException(NLS.bind(failed, symbolicName), List.of(causes(e)));
        }
        return PluginInfo.of(bundle, Locale.getDefault());
    }

    private List<String> restore() {
        List<String> problems = new ArrayList<>();
        try {
            for (PluginRecords.Entry entry : records.entries().values()) {
                restore(entry).ifPresent(problems::add);
            }
        } catch (IOException e) {
            problems.add(e.toString());
        }
        return problems;
    }

    private Optional<String> restore(PluginRecords.Entry entry) {
        Bundle bundle = bundle(entry.symbolicName());
        try {
            if (bundle == null) {
                BundleJar jar = BundleJar.read(records.jar(entry), entry.file());
                refuseIf(Messages.Restore_refused, signatureProblems(List.of(jar)));
                bundle = installAll(List.of(jar), Messages.Restore_refused).get(0);
                refuseIf(Messages.Restore_refused, wiring.resolve(List.of(bundle)));
            }
            if (entry.started() && bundle.getState() != Bundle.ACTIVE) {
                startAll(List.of(bundle), Messages.Restore_refused);
            } else if (!entry.started()) {
                // Equinox starts a lazily activated bundle as soon as it is installed; a stopped plugin stays stopped.
                bundle.stop();
            }
            return Optional.empty();
        } catch (PluginException | BundleException e) {
            if (bundle != null && bundle.getState() == Bundle.INSTALLED) {
                wiring.discard(List.of(bundle));
            }
            String problems = e instanceof PluginException refused ? String.join("; ", refused.problems()) : e.getMessage(); //$NON-NLS-1$
            return Optional.of(NLS.bind(Messages.Restore_failed, entry.symbolicName(), problems));
        }
    }

    private Bundle bundle(String symbolicName) {
        return context.getBundle(LOCATION_PREFIX + symbolicName);
    }

    private Bundle installedPlugin(String symbolicName) throws PluginException {
        Bundle bundle = bundle(symbolicName);
        if (bundle == null) {
            throw notAPlugin(symbolicName);
        }
        return bundle;
    }

    private PluginException notAPlugin(String symbolicName) {
        List<String> names = plugins().stream().map(PluginInfo::symbolicName).toList();
        boolean builtIn = Arrays.stream(context.getBundles()).anyMatch(b -> symbolicName.equals(b.getSymbolicName()));
        String reason = builtIn ? NLS.bind(Messages.Plugin_builtIn, symbolicName)
                : NLS.bind(Messages.Plugin_unknown, symbolicName);
        return new PluginException(reason,
                List.of(names.isEmpty() ? Messages.Plugin_noneInstalled : NLS.bind(Messages.Plugin_installed, String.join(", ", names)))); //$NON-NLS-1$
    }

    /** In a p2 archive, a bundle the framework already has in the same version is a dependency met, not a duplicate. */
    private List<BundleJar> withoutPresent(List<BundleJar> jars) {
        if (jars.size() < 2) {
            return jars;
        }
        return jars.stream().filter(jar -> Arrays.stream(context.getBundles())
                .noneMatch(b -> jar.symbolicName().equals(b.getSymbolicName()) && jar.version().equals(b.getVersion().toString())))
                .toList();
    }

    private List<String> duplicates(List<BundleJar> jars) {
        List<String> problems = new ArrayList<>();
        for (BundleJar jar : jars) {
            for (Bundle present : context.getBundles()) {
                if (jar.symbolicName().equals(present.getSymbolicName())) {
                    problems.add(NLS.bind(Messages.Install_duplicate,
                            new Object[] { jar.origin(), jar.symbolicName(), present.getVersion() }));
                }
            }
            if (jars.stream().filter(other -> other.symbolicName().equals(jar.symbolicName())).count() > 1) {
                problems.add(NLS.bind(Messages.Install_twiceInArchive, jar.symbolicName()));
            }
        }
        return problems.stream().distinct().toList();
    }

    private List<String> signatureProblems(List<BundleJar> jars) throws PluginException {
        try {
            if (!trust.required()) {
                return List.of();
            }
            List<X509Certificate> trusted = trust.certificates();
            if (trusted.isEmpty()) {
                return List.of(Messages.Signature_noTrusted);
            }
            JarSignatures signatures = new JarSignatures(trusted);
            return jars.stream().flatMap(jar -> signatures.refusal(jar).stream()).toList();
        } catch (IOException | GeneralSecurityException e) {
            throw new PluginException(Messages.Signing_unreadable, List.of(e.toString()));
        }
    }

    private List<Bundle> installAll(List<BundleJar> jars, String refused) throws PluginException {
        List<Bundle> bundles = new ArrayList<>();
        for (BundleJar jar : jars) {
            try (InputStream content = Files.newInputStream(jar.file())) {
                bundles.add(context.installBundle(LOCATION_PREFIX + jar.symbolicName(), content));
            } catch (IOException | BundleException e) {
                wiring.discard(bundles);
                throw new PluginException(refused, List.of(jar.origin() + ": " + e.getMessage())); //$NON-NLS-1$
            }
        }
        return bundles;
    }

    private void startAll(List<Bundle> bundles, String refused) throws PluginException {
        for (Bundle bundle : bundles) {
            if (Wiring.isFragment(bundle)) {
                continue;
            }
            try {
                bundle.start();
            } catch (BundleException | IllegalStateException e) {
                throw new PluginException(refused, List.of(bundle.getSymbolicName() + ": " + causes(e))); //$NON-NLS-1$
            }
        }
    }

    private void remember(List<BundleJar> jars, String refused) throws PluginException {
        try {
            for (BundleJar jar : jars) {
                records.add(jar);
            }
        } catch (IOException e) {
            for (BundleJar jar : jars) {
                forget(jar.symbolicName());
            }
            throw new PluginException(refused, List.of(e.toString()));
        }
    }

    private void forget(String symbolicName) {
        try {
            records.remove(symbolicName);
        } catch (IOException e) {
            // The store could not be written a moment ago either; the install is reported as failed.
        }
    }

    private static void refuseIf(String refused, List<String> problems) throws PluginException {
        if (!problems.isEmpty()) {
            throw new PluginException(refused, problems);
        }
    }

    /** The activator's own exception is what tells the plugin's author what went wrong. */
    private static String causes(Throwable error) {
        StringBuilder text = new StringBuilder(String.valueOf(error.getMessage()));
        for (Throwable cause = error.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append(" ← ").append(cause); //$NON-NLS-1$
        }
        return text.toString();
    }
}
