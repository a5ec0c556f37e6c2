package org.vigil.local.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.vigil.core.model.Event;
import org.vigil.core.model.FieldType;
import org.vigil.core.model.KnownFields;
import org.vigil.ingest.FieldTypeDetector;

/**
 * The type of every field in the embedded store. A field's type is fixed by the first value the
 * store sees unless Vigil knows the field (see {@link KnownFields}); it is saved with each commit
 * so that queries after a restart translate the same way.
 */
final class FieldCatalog {

    private final Map<String, FieldType> types = new ConcurrentHashMap<>(Map.of(Event.TIMESTAMP, FieldType.DATE));

    /**
     * @param name a field name
     * @param value a value about to be indexed under it
     * @return the field's type, fixed now if the field is new
     */
    FieldType resolve(String name, Object value) {
        return types.computeIfAbsent(name, key -> KnownFields.typeOf(key).orElseGet(() -> typeOfValue(value)));
    }

    /**
     * @param name a field name
     * @return its type, if the store has seen the field
     */
    Optional<FieldType> typeOf(String name) {
        return Optional.ofNullable(types.get(name));
    }

    /**
     * @param glob a field name where {@code *} stands for any characters
     * @return the known fields it matches, sorted
     */
    List<String> matching(String glob) {
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(java.util.Arrays
                .stream(glob.split("\\*", -1)).map(java.util.regex.Pattern::quote).collect(Collectors.joining(".*")));
        return all().keySet().stream().filter(name -> pattern.matcher(name).matches()).toList();
    }

    /** @return how many fields the store has seen; fields are only ever added, never changed */
    int size() {
        return types.size();
    }

    /** @return every field and its type, sorted by name */
    Map<String, FieldType> all() {
        return new TreeMap<>(types);
    }

    /** @return the catalog as one line per field, for the commit's user data */
    String serialise() {
        return all().entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining("\n"));
    }

    /** @param saved what {@link #serialise()} wrote */
    void restore(String saved) {
        saved.lines().filter(line -> line.indexOf('=') > 0).forEach(line -> types
                .put(line.substring(0, line.lastIndexOf('=')), FieldType.valueOf(line.substring(line.lastIndexOf('=') + 1))));
    }

    private static FieldType typeOfValue(Object value) {
        // One detector for importers and the store: a field's type never depends on who looked first.
        return FieldTypeDetector.detect(value instanceof List<?> values ? values : List.of(value));
    }
}
