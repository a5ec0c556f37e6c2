package org.vigil.registry.match;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The URL assets of one host: paths longest first, so the first that fits is the most specific. */
final class UrlPrefixes {

    private final String[] paths;
    private final List<List<SystemRef>> systems;

    UrlPrefixes(Map<String, List<SystemRef>> byPath) {
        List<String> sorted = byPath.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder())).toList();
        paths = sorted.toArray(String[]::new);
        systems = sorted.stream().map(byPath::get).toList();
    }

    /**
     * @param url the URL
     * @param start where its path starts
     * @param end where its path ends (before the query or fragment)
     * @return the systems of the longest path that is a prefix at a {@code /} boundary, or null
     */
    List<SystemRef> find(CharSequence url, int start, int end) {
        for (int i = 0; i < paths.length; i++) {
            if (isPrefix(paths[i], url, start, end)) {
                return systems.get(i);
            }
        }
        return null;
    }

    private static boolean isPrefix(String path, CharSequence url, int start, int end) {
        int length = end - start;
        boolean emptyPath = length == 0;
        if (emptyPath) {
            return "/".equals(path); //$NON-NLS-1$
        }
        if (path.length() > length) {
            return false;
        }
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) != url.charAt(start + i)) {
                return false;
            }
        }
        return path.length() == length || path.endsWith("/") || url.charAt(start + path.length()) == '/'; //$NON-NLS-1$
    }
}
