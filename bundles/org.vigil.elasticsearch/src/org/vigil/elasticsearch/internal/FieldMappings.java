package org.vigil.elasticsearch.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.vigil.core.model.FieldType;

import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.PropertyBase;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;

/**
 * The searchable fields of an index (or of several indices) with their Vigil types, as the query
 * translation needs them: by exact name, and by glob for {@code source.*} and bare terms.
 * <p>
 * Multi-fields such as {@code message.keyword} can be named exactly but are not reached by globs:
 * they are another view of their parent's value, not a field of the event, and the embedded store
 * has no such views, so that both engines expand {@code *} to the same fields.
 */
public final class FieldMappings {

    private static final String SEPARATOR = "."; //$NON-NLS-1$
    private static final String KEYWORD_SUB_FIELD = "keyword"; //$NON-NLS-1$
    private static final Map<Property.Kind, FieldType> TYPES = types();

    private final SortedMap<String, FieldMapping> fields;
    private final Map<String, FieldMapping> subFields;
    /** Per field name, each type it has and the indices that have it so, for a name with several. */
    private final Map<String, Map<FieldType, Typed>> types = new HashMap<>();
    private volatile Map<String, FieldMapping> byName;

    /**
     * One type of a field and where it has it.
     *
     * @param mapping how to search the field where it has this type
     * @param indices the indices where it has this type; empty when they are not known
     */
    public record Typed(FieldMapping mapping, List<String> indices) {
    }

    private FieldMappings(SortedMap<String, FieldMapping> fields, Map<String, FieldMapping> subFields) {
        this.fields = fields;
        this.subFields = subFields;
    }

    /**
     * Makes a lookup of fields without sub-fields, for callers that know the types already.
     *
     * @param fields the fields by dotted name
     * @return the lookup
     */
    public static FieldMappings of(Map<String, FieldMapping> fields) {
        return new FieldMappings(new TreeMap<>(fields), Map.of());
    }

    /**
     * Reduces one index mapping, as {@code indices().getMapping} returns it.
     *
     * @param mapping the mapping of an index
     * @return its fields: objects flattened to dotted names, unsupported types left out
     */
    public static FieldMappings fromMapping(TypeMapping mapping) {
        return fromMappings(List.of(mapping));
    }

    /**
     * Reduces the mappings of several indices searched together. When indices disagree on a
     * field's type, the first index wins, as a search cannot use two types for one name.
     *
     * @param mappings the mappings, in order of precedence
     * @return the union of their fields
     */
    public static FieldMappings fromMappings(Collection<TypeMapping> mappings) {
        FieldMappings lookup = new FieldMappings(new TreeMap<>(), new TreeMap<>());
        mappings.forEach(mapping -> lookup.collect(null, "", mapping.properties())); //$NON-NLS-1$
        return lookup;
    }

    /**
     * Reduces the mappings of several named indices searched together, keeping every type a
     * field has across them ({@link #typesOf}): a search gives each index the clause of its type.
     *
     * @param mappings the mappings by index name, in order of precedence
     * @return the union of their fields
     */
    public static FieldMappings fromIndexMappings(Map<String, TypeMapping> mappings) {
        FieldMappings lookup = new FieldMappings(new TreeMap<>(), new TreeMap<>());
        mappings.forEach((index, mapping) -> lookup.collect(index, "", mapping.properties())); //$NON-NLS-1$
        return lookup;
    }

    /**
     * @param name the dotted field name
     * @return every type the field has in the indices, the first one's first, each with the
     *         indices that have it; one for a field that has one type; none for an unknown field
     */
    public List<Typed> typesOf(String name) {
        Map<FieldType, Typed> several = types.get(name);
        if (several != null && several.size() > 1) {
            return List.copyOf(several.values());
        }
        return get(name).map(mapping -> List.of(new Typed(mapping, List.of()))).orElse(List.of());
    }

    /**
     * @param elasticsearchType a field type as Elasticsearch names it, such as {@code long}
     * @return the Vigil type it is searched as, empty for a type Vigil does not search
     */
    public static Optional<FieldType> typeNamed(String elasticsearchType) {
        return Arrays.stream(Property.Kind.values()).filter(kind -> elasticsearchType.equals(kind.jsonValue()))
                .findFirst().map(TYPES::get);
    }

    /**
     * Looks a field up by its exact name, sub-fields included.
     *
     * @param name the dotted field name
     * @return how to search it, empty if the index does not know it
     */
    public Optional<FieldMapping> get(String name) {
        Map<String, FieldMapping> index = byName;
        if (index == null) {
            // Every value of every hit is typed through here: a hash lookup, not a walk down the sorted map.
            index = new HashMap<>(subFields);
            index.putAll(fields);
            byName = index;
        }
        return Optional.ofNullable(index.get(name));
    }

    /**
     * Lists the fields whose names match a glob in which {@code *} is any run of characters.
     *
     * @param glob e.g. {@code source.*} or {@code *}
     * @return the matching field names in alphabetical order, sub-fields excluded
     */
    public List<String> matching(String glob) {
        Pattern pattern = Pattern.compile(Pattern.quote(glob).replace("*", "\\E.*\\Q")); //$NON-NLS-1$ //$NON-NLS-2$
        return fields.keySet().stream().filter(name -> pattern.matcher(name).matches()).toList();
    }

    /**
     * Returns all fields that globs reach.
     *
     * @return the fields by name, sorted, unmodifiable
     */
    public SortedMap<String, FieldMapping> fields() {
        return Collections.unmodifiableSortedMap(fields);
    }

    private void collect(String index, String prefix, Map<String, Property> properties) {
        properties.forEach((name, property) -> {
            if (property.isObject()) {
                collect(index, prefix + name + SEPARATOR, property.object().properties());
            } else {
                add(index, prefix + name, property);
            }
        });
    }

    private void add(String index, String name, Property property) {
        FieldType type = TYPES.get(property._kind());
        if (type == null) {
            return;
        }
        Map<String, Property> views = property._get() instanceof PropertyBase base ? base.fields() : Map.of();
        FieldMapping mapping = new FieldMapping(type, type == FieldType.TEXT ? keywordView(name, views) : name);
        if (index != null) {
            types.computeIfAbsent(name, key -> new LinkedHashMap<>())
                    .computeIfAbsent(type, key -> new Typed(mapping, new ArrayList<>())).indices().add(index);
        }
        if (fields.containsKey(name)) {
            return;
        }
        views.forEach((view, sub) -> addSubField(name + SEPARATOR + view, sub));
        fields.put(name, mapping);
    }

    private void addSubField(String name, Property property) {
        FieldType type = TYPES.get(property._kind());
        if (type != null) {
            subFields.putIfAbsent(name, new FieldMapping(type, type == FieldType.TEXT ? null : name));
        }
    }

    /** Prefers the conventional {@code keyword} sub-field when a text field has several. */
    private static String keywordView(String name, Map<String, Property> views) {
        List<String> keywords = views.entrySet().stream()
                .filter(view -> TYPES.get(view.getValue()._kind()) == FieldType.KEYWORD).map(Map.Entry::getKey)
                .sorted().toList();
        if (keywords.isEmpty()) {
            return null;
        }
        return name + SEPARATOR + (keywords.contains(KEYWORD_SUB_FIELD) ? KEYWORD_SUB_FIELD : keywords.get(0));
    }

    private static Map<Property.Kind, FieldType> types() {
        Map<Property.Kind, FieldType> types = new EnumMap<>(Property.Kind.class);
        types.put(Property.Kind.Ip, FieldType.IP);
        List.of(Property.Kind.Date, Property.Kind.DateNanos).forEach(kind -> types.put(kind, FieldType.DATE));
        List.of(Property.Kind.Long, Property.Kind.Integer, Property.Kind.Short, Property.Kind.Byte,
                Property.Kind.UnsignedLong).forEach(kind -> types.put(kind, FieldType.LONG));
        List.of(Property.Kind.Double, Property.Kind.Float, Property.Kind.HalfFloat, Property.Kind.ScaledFloat)
                .forEach(kind -> types.put(kind, FieldType.DOUBLE));
        types.put(Property.Kind.Boolean, FieldType.BOOLEAN);
        List.of(Property.Kind.Keyword, Property.Kind.ConstantKeyword, Property.Kind.Wildcard)
                .forEach(kind -> types.put(kind, FieldType.KEYWORD));
        List.of(Property.Kind.Text, Property.Kind.MatchOnlyText).forEach(kind -> types.put(kind, FieldType.TEXT));
        return types;
    }
}
