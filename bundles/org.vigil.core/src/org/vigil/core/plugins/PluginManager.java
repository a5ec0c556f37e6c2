package org.vigil.core.plugins;

import java.nio.file.Path;
import java.util.List;

/**
 * Installs plugin bundles into the running framework, starts, stops and uninstalls them without a
 * restart, and installs them again at every start of Vigil. Only the bundles installed through
 * this service can be started, stopped or uninstalled here: Vigil's own bundles are left alone.
 * Names are given in the JVM's default locale. Published as an OSGi service by
 * {@code org.vigil.core}; methods are thread-safe and do file I/O, so not for the UI thread.
 */
public interface PluginManager {

    /** @return the plugins installed through this service, sorted by symbolic name */
    List<PluginInfo> plugins();

    /**
     * Installs and starts the bundle in a jar, or every bundle in {@code plugins/*.jar} of a zipped
     * p2 repository (its metadata is not read). Either all bundles resolve and start and are
     * remembered, or none stays installed.
     *
     * @param file a bundle jar or a p2 repository zip
     * @return the installed plugins
     * @throws PluginException listing why the file was refused: not a bundle, a duplicate, an
     *             unsigned jar when signatures are required, requirements nothing provides
     */
    List<PluginInfo> install(Path file) throws PluginException;

    /**
     * @param symbolicName an installed plugin's symbolic name
     * @return the plugin, started; it starts again at the next start of Vigil
     * @throws PluginException when there is no such plugin or its activator fails
     */
    PluginInfo start(String symbolicName) throws PluginException;

    /**
     * @param symbolicName an installed plugin's symbolic name
     * @return the plugin, stopped (its services gone); it stays stopped at the next start
     * @throws PluginException when there is no such plugin or its activator fails
     */
    PluginInfo stop(String symbolicName) throws PluginException;

    /**
     * Stops and uninstalls the plugin, refreshes the bundles that used it, and forgets it.
     *
     * @param symbolicName an installed plugin's symbolic name
     * @throws PluginException when there is no such plugin
     */
    void uninstall(String symbolicName) throws PluginException;

    /** @return what went wrong while installing the remembered plugins at start-up, one line each */
    List<String> startupProblems();

    /**
     * @return whether plugins must be signed, and by whom
     * @throws PluginException when the stored policy or a trusted certificate cannot be read
     */
    SigningPolicy signingPolicy() throws PluginException;

    /**
     * @param required whether unsigned plugins are refused from now on
     * @throws PluginException when the setting cannot be written
     */
    void requireSigned(boolean required) throws PluginException;

    /**
     * @param pem a PEM file holding one or more X.509 certificates
     * @return the certificates now trusted to sign plugins
     * @throws PluginException when the file holds no certificate or cannot be stored
     */
    List<TrustedCertificate> trust(Path pem) throws PluginException;

    /**
     * @param fingerprint a trusted certificate's SHA-256 fingerprint (hex, colons optional)
     * @throws PluginException when no trusted certificate has it
     */
    void distrust(String fingerprint) throws PluginException;
}
