package org.vigil.events.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

/**
 * The operator's last queries, newest first, kept in the workspace preferences so that they
 * survive a restart.
 */
final class QueryHistory {

    private static final String KEY = "query.history";
    private static final int SIZE = 20;
    private static final String SEPARATOR = "\n";

    private final IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode("org.vigil.events.ui");
    private final List<String> queries = new ArrayList<>();

    QueryHistory() {
        for (String query : preferences.get(KEY, "").split(SEPARATOR)) {
            if (!query.isBlank()) {
                queries.add(query);
            }
        }
    }

    List<String> queries() {
        return List.copyOf(queries);
    }

    /** @param query a query just run; it moves to the top, and the oldest falls off past twenty */
    void remember(String query) {
        String single = query.replace(SEPARATOR, " ").strip();
        if (single.isEmpty()) {
            return;
        }
        queries.remove(single);
        queries.add(0, single);
        while (queries.size() > SIZE) {
            queries.remove(queries.size() - 1);
        }
        preferences.put(KEY, String.join(SEPARATOR, queries));
        PreferenceWriter.flushLater(preferences);
    }
}
