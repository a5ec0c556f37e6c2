package org.vigil.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.vigil.cli.testplugin.TickerActivator;

/** Builds plugin jars at test time, and looks for what a plugin leaves in the framework. */
final class TestPlugins {

    private static final String ACTIVATOR = TickerActivator.class.getName().replace('.', '/') + ".class";

    private final Path directory;

    TestPlugins(Path directory) {
        this.directory = directory;
    }

    static BundleContext context() {
        return FrameworkUtil.getBundle(TestPlugins.class).getBundleContext();
    }

    /** @return a plugin that resolves, starts a thread and publishes a {@code Runnable} */
    Path ticker(String symbolicName) throws IOException {
        return bundle(symbolicName, "org.osgi.framework", true, false);
    }

    /** @return the same plugin with lazy activation, which Equinox starts as soon as it is installed */
    Path lazyTicker(String symbolicName) throws IOException {
        return bundle(symbolicName, "org.osgi.framework", true, true);
    }

    /** @return a plugin that imports a package nobody exports and an SDK version that is not there */
    Path missingImports(String symbolicName) throws IOException {
        return bundle(symbolicName, "org.example.nowhere;version=\"[1.0,2.0)\",org.vigil.events;version=\"[0.9,1.0)\"", false, false);
    }

    /** @return a plugin whose activator class is not in the jar, so that starting it fails */
    Path brokenActivator(String symbolicName) throws IOException {
        Path jar = directory.resolve(symbolicName + "_1.0.0.jar");
        Manifest manifest = manifest(symbolicName, "org.osgi.framework");
        manifest.getMainAttributes().putValue("Bundle-Activator", "org.vigil.test.NoSuchActivator");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.putNextEntry(new JarEntry("readme.txt"));
        }
        return jar;
    }

    /** @return a jar whose manifest names no bundle */
    Path notABundle() throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        Path jar = directory.resolve("library.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.putNextEntry(new JarEntry("readme.txt"));
            out.write("not a bundle".getBytes(StandardCharsets.UTF_8));
        }
        return jar;
    }

    /** @return a zipped p2 repository holding the jars in plugins/ */
    Path p2Archive(String name, Path... jars) throws IOException {
        Path zip = directory.resolve(name + ".zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("artifacts.xml"));
            out.write("<repository/>".getBytes(StandardCharsets.UTF_8));
            for (Path jar : jars) {
                out.putNextEntry(new ZipEntry("plugins/" + jar.getFileName()));
                Files.copy(jar, out);
            }
        }
        return zip;
    }

    private static Manifest manifest(String symbolicName, String imports) {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Bundle-Name", "Test plugin " + symbolicName);
        main.putValue("Import-Package", imports);
        return manifest;
    }

    private Path bundle(String symbolicName, String imports, boolean withActivator, boolean lazy) throws IOException {
        Manifest manifest = manifest(symbolicName, imports);
        Attributes main = manifest.getMainAttributes();
        if (withActivator) {
            main.putValue("Bundle-Activator", TickerActivator.class.getName());
        }
        if (lazy) {
            main.putValue("Bundle-ActivationPolicy", "lazy");
        }
        Path jar = directory.resolve(symbolicName + "_1.0.0.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            if (withActivator) {
                out.putNextEntry(new JarEntry(ACTIVATOR));
                copyActivator(out);
            }
        }
        return jar;
    }

    private static void copyActivator(OutputStream out) throws IOException {
        try (InputStream in = TickerActivator.class.getClassLoader().getResourceAsStream(ACTIVATOR)) {
            in.transferTo(out);
        }
    }

    /** @return whether a thread of the plugin runs, after giving a stopping one a moment */
    static boolean threadRuns(String symbolicName) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (System.nanoTime() < deadline) {
            if (Thread.getAllStackTraces().keySet().stream()
                    .noneMatch(t -> t.getName().equals(TickerActivator.THREAD_PREFIX + symbolicName) && t.isAlive())) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    /** @return how many services the plugin publishes now */
    static int services(String symbolicName) throws InvalidSyntaxException {
        return context().getServiceReferences(Runnable.class, "(vigil.test.plugin=" + symbolicName + ")").size();
    }

    /** @return whether the framework has a bundle of that name, in any state */
    static boolean installed(String symbolicName) {
        return Arrays.stream(context().getBundles()).map(Bundle::getSymbolicName).anyMatch(symbolicName::equals);
    }
}
