package org.vigil.events.ui.internal;


import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

/**
 * Searches the operator named and kept, in the workspace preferences: the query and its syntax,
 * the time range, the chosen columns and the source.
 */
final class SavedSearches {

    /**
     * One saved search.
     *
     * @param name what the operator called it
     * @param query the query text
     * @param lucene whether the query is in Lucene syntax rather than KQL
     * @param range the quick range's index, or -1 for the custom range below
     * @param from the custom range's start in epoch milliseconds
     * @param to the custom range's end in epoch milliseconds
     * @param columns the field columns, in order
     * @param source the source id
     */
    record Saved(String name, String query, boolean lucene, int range, long from, long to, List<String> columns,
            String source) {
    }

    private static final String LIST_SEPARATOR = ",";

    private final Preferences root = InstanceScope.INSTANCE.getNode("org.vigil.events.ui").node("saved-searches");

    List<String> names() {
        try {
            String[] names = root.childrenNames();
            Arrays.sort(names, String.CASE_INSENSITIVE_ORDER);
            return List.of(names);
        } catch (BackingStoreException e) {
            return List.of();
        }
    }

    Optional<Saved> find(String name) {
        if (!names().contains(name)) {
            return Optional.empty();
        }
        Preferences node = root.node(name);
        String columns = node.get("columns", "");
        return Optional.of(new Saved(name, node.get("query", ""), node.getBoolean("lucene", false),
                node.getInt("range", 0), node.getLong("from", 0), node.getLong("to", 0),
                columns.isEmpty() ? List.of() : List.of(columns.split(LIST_SEPARATOR)), node.get("source", "")));
    }

    void save(Saved saved) {
        Preferences node = root.node(saved.name());
        node.put("query", saved.query());
        node.putBoolean("lucene", saved.lucene());
        node.putInt("range", saved.range());
        node.putLong("from", saved.from());
        node.putLong("to", saved.to());
        node.put("columns", String.join(LIST_SEPARATOR, saved.columns()));
        node.put("source", saved.source());
        flush();
    }

    void delete(String name) {
        try {
            root.node(name).removeNode();
        } catch (BackingStoreException e) {
            return;
        }
        flush();
    }

    private void flush() {
        PreferenceWriter.flushLater((IEclipsePreferences) root.parent());
    }

}
