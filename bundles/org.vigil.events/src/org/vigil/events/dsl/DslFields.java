package org.vigil.events.dsl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.vigil.core.model.FieldType;
import org.vigil.query.Term;

/**
 * The mapped fields of the indices one search reads, as {@link QueryDsl} translates against them:
 * by exact name, sub-fields such as {@code message.keyword} included; by glob, sub-fields left out
 * (they are another view of their parent's value, not a field of the event, and the embedded store
 * has no such views, so that every engine expands {@code *} to the same fields); and, for a field
 * that indices searched together map with different types, each type with the indices that have it.
 * <p>
 * Added in package version 1.1.0.
 */
public final class DslFields {

    private final SortedMap<String, DslField> fields;
    private final Map<String, DslField> byName;
    private final Map<String, List<Typed>> severalTypes;

    /**
     * One type of a field and where it has it.
     *
     * @param field how to search the field where it has this type
     * @param indices the indices where it has this type; empty when they are not known
     */
    public record Typed(DslField field, List<String> indices) {

        /** @throws NullPointerException if the field is missing */
        public Typed {
            Objects.requireNonNull(field, "field"); //$NON-NLS-1$
            indices = List.copyOf(indices);
        }
    }

    private DslFields(SortedMap<String, DslField> fields, Map<String, DslField> subFields,
            Map<String, List<Typed>> severalTypes) {
        this.fields = Collections.unmodifiableSortedMap(new TreeMap<>(fields));
        Map<String, DslField> all = new HashMap<>(subFields);
        all.putAll(fields);
        this.byName = all;
        this.severalTypes = severalTypes;
    }

    /**
     * @param fields the fields by dotted name, each with one type, all reached by globs
     * @return the lookup
     */
    public static DslFields of(Map<String, DslField> fields) {
        return new DslFields(new TreeMap<>(fields), Map.of(), Map.of());
    }

    /** @return a builder to which the fields of each index are added in order of precedence */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param name the dotted field name
     * @return how to search it where the first index that maps it does, sub-fields included;
     *         empty if no index knows it
     */
    public Optional<DslField> get(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * @param name the dotted field name
     * @return every type the field has in the indices, the first index's first, each with the
     *         indices that have it; one, without indices, for a field that has one type; none for
     *         an unknown field
     */
    public List<Typed> typesOf(String name) {
        List<Typed> several = severalTypes.get(name);
        if (several != null) {
            return several;
        }
        return get(name).map(field -> List.of(new Typed(field, List.of()))).orElse(List.of());
    }

    /**
     * @param glob e.g. {@code source.*} or {@code *}, with {@code \} escaping a literal star
     * @return the names of the fields that match it, sub-fields excluded, in alphabetical order
     */
    public List<String> matching(String glob) {
        Pattern names = Term.wildcardRegex(glob);
        return fields.keySet().stream().filter(name -> names.matcher(name).matches()).toList();
    }

    /** @return the fields globs reach, by name, sorted, unmodifiable */
    public SortedMap<String, DslField> fields() {
        return fields;
    }

    /** Collects the fields of the indices of a search, the first index to map a name deciding its field. */
    public static final class Builder {

        private final SortedMap<String, DslField> fields = new TreeMap<>();
        private final Map<String, DslField> subFields = new HashMap<>();
        private final Map<String, Map<FieldType, List<String>>> indicesByType = new HashMap<>();
        private final Map<String, Map<FieldType, DslField>> fieldByType = new HashMap<>();

        private Builder() {
        }

        /**
         * @param index the index that maps the field, or {@code null} when not known
         * @param name the dotted field name
         * @param field how that index maps it
         * @return this builder
         */
        public Builder add(String index, String name, DslField field) {
            if (index != null) {
                fieldByType.computeIfAbsent(name, key -> new LinkedHashMap<>()).putIfAbsent(field.type(), field);
                indicesByType.computeIfAbsent(name, key -> new LinkedHashMap<>())
                        .computeIfAbsent(field.type(), key -> new ArrayList<>()).add(index);
            }
            fields.putIfAbsent(name, field);
            return this;
        }

        /**
         * @param name the dotted name of a sub-field such as {@code message.keyword}
         * @param field how it is mapped
         * @return this builder
         */
        public Builder addSubField(String name, DslField field) {
            subFields.putIfAbsent(name, field);
            return this;
        }

        /** @return the fields added so far */
        public DslFields build() {
            Map<String, List<Typed>> several = new HashMap<>();
            indicesByType.forEach((name, byType) -> {
                if (byType.size() > 1) {
                    several.put(name, byType.entrySet().stream()
                            .map(type -> new Typed(fieldByType.get(name).get(type.getKey()), type.getValue()))
                            .toList());
                }
            });
            return new DslFields(fields, subFields, several);
        }
    }
}
