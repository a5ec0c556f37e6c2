package org.vigil.elasticsearch.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.vigil.core.model.FieldType;
import org.vigil.events.dsl.DslField;
import org.vigil.events.dsl.DslFields;

import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.PropertyBase;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;

/**
 * Reads the typed client's index mappings into the SDK's {@link DslFields}, the searchable fields
 * with their Vigil types that the query translation and the hits need: objects flattened to
 * dotted names, types Vigil does not search left out, multi-fields such as
 * {@code message.keyword} kept as sub-fields.
 */
public final class FieldMappings {

    private static final String SEPARATOR = "."; //$NON-NLS-1$
    private static final String KEYWORD_SUB_FIELD = "keyword"; //$NON-NLS-1$
    private static final Map<Property.Kind, FieldType> TYPES = types();

    private FieldMappings() {
    }

    /**
     * Reduces one index mapping, as {@code indices().getMapping} returns it.
     *
     * @param mapping the mapping of an index
     * @return its fields
     */
    public static DslFields fromMapping(TypeMapping mapping) {
        return fromMappings(List.of(mapping));
    }

    /**
     * Reduces the mappings of several indices searched together. When indices disagree on a
     * field's type, the first index wins.
     *
     * @param mappings the mappings, in order of precedence
     * @return the union of their fields
     */
    public static DslFields fromMappings(Collection<TypeMapping> mappings) {
        DslFields.Builder fields = DslFields.builder();
        mappings.forEach(mapping -> collect(fields, null, "", mapping.properties())); //$NON-NLS-1$
        return fields.build();
    }

    /**
     * Reduces the mappings of several named indices searched together, keeping every type a
     * field has across them ({@link DslFields#typesOf}): a search gives each index the clause of
     * its type.
     *
     * @param mappings the mappings by index name, in order of precedence
     * @return the union of their fields
     */
    public static DslFields fromIndexMappings(Map<String, TypeMapping> mappings) {
        DslFields.Builder fields = DslFields.builder();
        mappings.forEach((index, mapping) -> collect(fields, index, "", mapping.properties())); //$NON-NLS-1$
        return fields.build();
    }

    /**
     * @param elasticsearchType a field type as Elasticsearch names it, such as {@code long}
     * @return the Vigil type it is searched as, empty for a type Vigil does not search
     */
    public static Optional<FieldType> typeNamed(String elasticsearchType) {
        return Arrays.stream(Property.Kind.values()).filter(kind -> elasticsearchType.equals(kind.jsonValue()))
                .findFirst().map(TYPES::get);
    }

    private static void collect(DslFields.Builder fields, String index, String prefix,
            Map<String, Property> properties) {
        properties.forEach((name, property) -> {
            if (property.isObject()) {
                collect(fields, index, prefix + name + SEPARATOR, property.object().properties());
            } else {
                add(fields, index, prefix + name, property);
            }
        });
    }

    private static void add(DslFields.Builder fields, String index, String name, Property property) {
        FieldType type = TYPES.get(property._kind());
        if (type == null) {
            return;
        }
        Map<String, Property> views = property._get() instanceof PropertyBase base ? base.fields() : Map.of();
        fields.add(index, name, new DslField(type, type == FieldType.TEXT ? keywordView(name, views) : name));
        views.forEach((view, sub) -> {
            FieldType subType = TYPES.get(sub._kind());
            if (subType != null) {
                String subName = name + SEPARATOR + view;
                fields.addSubField(subName, new DslField(subType, subType == FieldType.TEXT ? null : subName));
            }
        });
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
