package org.vigil.elasticsearch.internal.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.vigil.core.model.FieldConflicts;
import org.vigil.core.model.FieldType;
import org.vigil.core.model.KnownFields;
import org.vigil.elasticsearch.internal.FieldMappings;
import org.vigil.elasticsearch.internal.Messages;
import org.vigil.elasticsearch.internal.SourceCalls;
import org.vigil.events.Cancellation;
import org.vigil.events.SourceException;

/**
 * The type of each field of one import index as the node fixes it: the index's mapping when the
 * import starts, then, for a new field, the type Vigil's mapping gives it
 * ({@link org.vigil.elasticsearch.IndexMappings#forImport}): {@link KnownFields}, else the form
 * of its first value (a JSON whole number is a {@code long}, a decimal a {@code double}, a
 * boolean a {@code boolean}, any text a {@code keyword}). The import checks each value against
 * it and moves a value that does not fit to its shadow field before sending, so that the node
 * takes the document. One hash lookup per value; used by one thread.
 */
final class IndexFieldTypes implements FieldConflicts.FieldTypes {

    private final Map<String, FieldType> types;

    /** @param mapped the fields the index has, by name, with their types */
    IndexFieldTypes(Map<String, FieldType> mapped) {
        this.types = new HashMap<>(mapped);
    }

    /**
     * @param calls the source's calls
     * @param index an import index that exists
     * @param cancellation lets the caller give up
     * @return the types of the fields the index has now
     * @throws SourceException if the field types cannot be read
     */
    static IndexFieldTypes read(SourceCalls calls, String index, Cancellation cancellation) throws SourceException {
        Map<String, FieldType> mapped = new HashMap<>();
        // Field capabilities, not the mapping: the privilege read, which an import needs anyway, allows
        // them, while reading a mapping takes view_index_metadata, which a role that may only write lacks.
        calls.call(Messages.Operation_import, client -> client.fieldCaps(caps -> caps.index(index).fields("*")), //$NON-NLS-1$
                cancellation).fields().forEach((name, byType) -> byType.keySet().stream()
                        .map(FieldMappings::typeNamed).flatMap(Optional::stream).findFirst()
                        .ifPresent(type -> mapped.put(name, type)));
        return new IndexFieldTypes(mapped);
    }

    @Override
    public FieldType resolve(String field, Object value) {
        FieldType type = types.get(field);
        if (type == null) {
            Object first = firstValue(value);
            type = KnownFields.typeOf(field).orElseGet(() -> dynamicType(first));
            if (first != null) {
                // A field with no value yet gets no mapping from the node either.
                types.put(field, type);
            }
        }
        return type;
    }

    /** @return the value the node types a new field by: a list's first element */
    private static Object firstValue(Object value) {
        return value instanceof List<?> values ? values.stream().filter(v -> v != null).findFirst().orElse(null)
                : value;
    }

    /** As the node's dynamic mapping types a JSON value. */
    private static FieldType dynamicType(Object first) {
        if (first == null) {
            return FieldType.KEYWORD;
        }
        return switch (FieldConflicts.typeOfValue(first)) {
            case LONG -> FieldType.LONG;
            case DOUBLE -> FieldType.DOUBLE;
            case BOOLEAN -> FieldType.BOOLEAN;
            // Instants travel as text, and the mapping guesses no dates from text.
            default -> FieldType.KEYWORD;
        };
    }
}
