package org.vigil.elasticsearch.internal;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.osgi.util.NLS;

/**
 * The rules a {@link org.vigil.elasticsearch.ConnectionProfile} must follow, each broken rule
 * reported as an {@link IllegalArgumentException} with a translated message.
 */
public final class ProfileRules {

    private ProfileRules() {
    }

    /**
     * @param name the profile name
     * @param nodes the node addresses, not {@code null}, without {@code null} elements
     * @param username the user name or {@code null}
     * @param password the password or {@code null}
     * @param caCertificate the CA file or {@code null}
     * @throws IllegalArgumentException naming the first broken rule
     */
    public static void check(String name, List<URI> nodes, String username, String password, Path caCertificate) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(Messages.Profile_nameBlank);
        }
        checkNodes(name, nodes);
        checkCredentials(name, username, password);
        if (caCertificate != null && !isHttps(nodes.get(0))) {
            throw invalid(Messages.Profile_caWithoutTls, name, caCertificate);
        }
    }

    private static void checkNodes(String name, List<URI> nodes) {
        if (nodes.isEmpty()) {
            throw invalid(Messages.Profile_noNodes, name, "");
        }
        nodes.forEach(node -> checkNode(name, node));
        requireSame(name, nodes, ProfileRules::scheme, Messages.Profile_mixedSchemes);
        requireSame(name, nodes, ProfileRules::pathPrefix, Messages.Profile_mixedPaths);
    }

    private static void checkNode(String name, URI node) {
        if (!"http".equals(scheme(node)) && !isHttps(node)) {
            throw invalid(Messages.Profile_nodeScheme, name, node);
        }
        if (node.getRawUserInfo() != null) {
            throw invalid(Messages.Profile_nodeUserInfo, name, withoutUserInfo(node));
        }
        if (node.getHost() == null) {
            throw invalid(Messages.Profile_nodeHost, name, node);
        }
        if (node.getRawQuery() != null || node.getRawFragment() != null) {
            throw invalid(Messages.Profile_nodeExtra, name, node);
        }
    }

    private static void checkCredentials(String name, String username, String password) {
        if (username == null) {
            if (password != null) {
                throw invalid(Messages.Profile_passwordWithoutUser, name, "");
            }
            return;
        }
        if (username.isBlank()) {
            throw invalid(Messages.Profile_userBlank, name, "");
        }
        if (username.indexOf(':') >= 0) {
            throw invalid(Messages.Profile_userColon, name, username);
        }
        if (password == null) {
            throw invalid(Messages.Profile_userWithoutPassword, name, username);
        }
    }

    private static void requireSame(String name, List<URI> nodes, Function<URI, String> part, String message) {
        if (nodes.stream().map(part).distinct().count() > 1) {
            throw invalid(message, name, "");
        }
    }

    private static boolean isHttps(URI node) {
        return "https".equals(scheme(node));
    }

    private static String scheme(URI node) {
        return node.getScheme() == null ? "" : node.getScheme().toLowerCase(Locale.ROOT);
    }

    /**
     * @param node a node address
     * @return the path as the client uses it: a prefix of every request, without a trailing
     *         slash, empty if the address has no path or only {@code /}
     */
    static String pathPrefix(URI node) {
        String path = node.getPath() == null ? "" : node.getPath();
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** The address without its user information, so that a message never shows a password. */
    private static String withoutUserInfo(URI node) {
        return node.getScheme() + "://" + node.getHost() + (node.getPort() < 0 ? "" : ":" + node.getPort());
    }

    private static IllegalArgumentException invalid(String message, String name, Object detail) {
        return new IllegalArgumentException(NLS.bind(message, name, detail));
    }
}
