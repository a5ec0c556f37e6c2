package org.vigil.elasticsearch;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.vigil.elasticsearch.internal.ProfileRules;

/**
 * Where an Elasticsearch cluster is and who the operator is on it. Immutable; the constructor
 * rejects an unusable profile with an {@link IllegalArgumentException} whose message is
 * translated and names the profile and the offending part.
 *
 * <p>The password is a {@code String}, not a {@code char[]}: the HTTP Basic header built from
 * it is a {@code String} for as long as the connection lives, so wiping an array would only
 * pretend to protect it. {@link #toString()} never shows it.
 *
 * @param name the name the operator gave the profile, shown in lists and messages
 * @param nodes one or more node addresses such as {@code https://10.0.0.5:9200}, all with the
 *            same scheme and path; a path (for a cluster behind a reverse proxy) is used as
 *            prefix of every request; user information, query and fragment are not allowed
 * @param username the Elasticsearch user, or {@code null} when the cluster runs without
 *            security
 * @param password the user's password; {@code null} exactly when {@code username} is
 * @param caCertificate a PEM file with the certificate(s) of the CA that signed the nodes'
 *            certificates, trusted instead of the JDK's CAs; {@code null} to use the JDK's
 *            trust store; only allowed with {@code https} nodes
 */
public record ConnectionProfile(String name, List<URI> nodes, String username, String password, Path caCertificate) {

    /** Validates the profile; see the component descriptions for the rules. */
    public ConnectionProfile {
        Objects.requireNonNull(nodes, "nodes");
        nodes = List.copyOf(nodes);
        ProfileRules.check(name, nodes, username, password, caCertificate);
    }

    /**
     * A profile for a single node without security.
     *
     * @param name the profile name
     * @param node the node address
     * @return the new profile
     */
    public static ConnectionProfile of(String name, URI node) {
        return new ConnectionProfile(name, List.of(node), null, null, null);
    }

    /**
     * @param user the Elasticsearch user
     * @param secret the user's password
     * @return a copy of this profile that logs in as {@code user}
     */
    public ConnectionProfile withCredentials(String user, String secret) {
        return new ConnectionProfile(name, nodes, user, secret, caCertificate);
    }

    /**
     * @param pemFile the PEM file of the CA to trust, or {@code null} for the JDK's trust store
     * @return a copy of this profile that trusts only the given CA
     */
    public ConnectionProfile withCaCertificate(Path pemFile) {
        return new ConnectionProfile(name, nodes, username, password, pemFile);
    }

    /** @return whether requests carry a user name and password */
    public boolean hasCredentials() {
        return username != null;
    }

    /** @return whether the nodes are reached over TLS ({@code https}) */
    public boolean usesTls() {
        return "https".equalsIgnoreCase(nodes.get(0).getScheme());
    }

    /** @return the node addresses as shown to the operator, separated by commas */
    public String location() {
        return nodes.stream().map(URI::toString).collect(Collectors.joining(", "));
    }

    /** Shows everything but the password. */
    @Override
    public String toString() {
        String secret = password == null ? "null" : "***";
        return "ConnectionProfile[name=" + name + ", nodes=" + nodes + ", username=" + username
                + ", password=" + secret + ", caCertificate=" + caCertificate + "]";
    }
}
