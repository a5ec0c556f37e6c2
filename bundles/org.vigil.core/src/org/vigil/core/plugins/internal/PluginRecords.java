package org.vigil.core.plugins.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The plugins to install at every start, kept in the workspace so that both the workbench and
 * vigil-cli see them and a clean framework configuration does not lose them: a copy of each
 * jar and {@code plugins.properties} with its file and whether it runs.
 */
final class PluginRecords {

    /** One remembered plugin. */
    record Entry(String symbolicName, String file, boolean started) {
    }

    private static final String PREFIX = "plugin."; //$NON-NLS-1$
    private static final String FILE = ".file"; //$NON-NLS-1$
    private static final String STARTED = ".started"; //$NON-NLS-1$

    private final Path directory;
    private final PropertiesFile index;

    /** @param directory the workspace folder holding the jars and the index */
    PluginRecords(Path directory) {
        this.directory = directory;
        this.index = new PropertiesFile(directory.resolve("plugins.properties")); //$NON-NLS-1$
    }

    /** @return the remembered plugins by symbolic name */
    Map<String, Entry> entries() throws IOException {
        Properties properties = index.read();
        Map<String, Entry> entries = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith(PREFIX) && key.endsWith(FILE)) {
                String name = key.substring(PREFIX.length(), key.length() - FILE.length());
                entries.put(name, new Entry(name, properties.getProperty(key),
                        Boolean.parseBoolean(properties.getProperty(PREFIX + name + STARTED, "true")))); //$NON-NLS-1$
            }
        }
        return entries;
    }

    /** @return the stored copy of a remembered plugin's jar */
    Path jar(Entry entry) {
        return directory.resolve(entry.file());
    }

    /** Copies the jar into the store and remembers it as running. */
    void add(BundleJar jar) throws IOException {
        Files.createDirectories(directory);
        Files.copy(jar.file(), directory.resolve(jar.storedName()), StandardCopyOption.REPLACE_EXISTING);
        Properties properties = index.read();
        properties.setProperty(PREFIX + jar.symbolicName() + FILE, jar.storedName());
        properties.setProperty(PREFIX + jar.symbolicName() + STARTED, "true"); //$NON-NLS-1$
        index.write(properties, null);
    }

    /** Remembers whether the plugin runs at the next start. */
    void setStarted(String symbolicName, boolean started) throws IOException {
        Properties properties = index.read();
        properties.setProperty(PREFIX + symbolicName + STARTED, Boolean.toString(started));
        index.write(properties, null);
    }

    /** Forgets the plugin and deletes its copy. */
    void remove(String symbolicName) throws IOException {
        Properties properties = index.read();
        String file = properties.getProperty(PREFIX + symbolicName + FILE);
        properties.remove(PREFIX + symbolicName + FILE);
        properties.remove(PREFIX + symbolicName + STARTED);
        index.write(properties, null);
        if (file != null) {
            Files.deleteIfExists(directory.resolve(file));
        }
    }
}
