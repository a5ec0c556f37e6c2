package org.vigil.elasticsearch.sources;

import java.io.IOException;
import java.util.List;

import org.vigil.elasticsearch.ClusterInfo;
import org.vigil.elasticsearch.ConnectionFailedException;

/**
 * The Elasticsearch sources configured in the workspace, as a service: what the settings form
 * lists, checks and saves. A saved source is published (or re-published with its new settings)
 * at once, a removed one withdrawn; no restart. Every method may do file or network I/O: never
 * call them on the UI thread.
 */
public interface ConfiguredSources {

    /** @return the usable configured sources, in id order */
    List<SourceSettings> sources();

    /**
     * @return the entries of the file that were skipped, each as {@code file: key: skipped: reason};
     *         saving never removes them, so that the operator can still repair them by hand
     */
    List<String> problems();

    /**
     * @param id a source id
     * @return whether a password is stored for it (in secure storage or the environment)
     */
    boolean hasPassword(String id);

    /**
     * Connects with the settings and asks the cluster who it is, without saving anything.
     *
     * @param settings the settings to try
     * @param password the password to try, or {@code null} for the one stored for the id
     * @return what the cluster says about itself
     * @throws InvalidSourceException if the settings break a rule
     * @throws ConnectionFailedException if the cluster cannot be reached or refuses the user
     */
    ClusterInfo check(SourceSettings settings, String password) throws InvalidSourceException, ConnectionFailedException;

    /**
     * Writes the settings to the file (replacing those of the same id; other lines and comments
     * are kept), stores the password in secure storage and publishes the source.
     *
     * @param settings the settings
     * @param password a new password, or {@code null} to keep the stored one
     * @throws InvalidSourceException if the settings break a rule; nothing is written
     * @throws IOException if the file or secure storage cannot be written; the file is unchanged
     */
    void save(SourceSettings settings, String password) throws InvalidSourceException, IOException;

    /**
     * Removes the source's lines from the file and its password from secure storage, and
     * withdraws it.
     *
     * @param id the source id
     * @throws IOException if the file cannot be written; it is unchanged
     */
    void remove(String id) throws IOException;
}
