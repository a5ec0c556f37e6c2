package org.vigil.elasticsearch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.vigil.core.model.Event;
import org.vigil.core.model.FieldConflicts;
import org.vigil.core.model.FieldType;
import org.vigil.core.model.KnownFields;

import co.elastic.clients.elasticsearch._types.mapping.DynamicTemplate;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.Subobjects;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.util.NamedValue;

/**
 * The explicit mapping of indices Vigil writes, derived from Vigil's field types so that
 * Elasticsearch indexes each field the way the embedded store does and both find the same events:
 * text with the {@code standard} analyser (no stop words, as the embedded store) and a
 * {@code keyword} sub-field of its whole values up to 256 characters, for aggregations, IPs as
 * {@code ip}, numbers, dates and booleans as such, everything else as {@code keyword}.
 * {@code @timestamp} is always a date and {@value ElasticsearchEventSource#ID_FIELD} always a
 * keyword, the sort tie-breaker of {@link ElasticsearchEventSource}.
 */
public final class IndexMappings {

    private static final String STANDARD_ANALYZER = "standard"; //$NON-NLS-1$
    // Longer values are kept in the document but not indexed whole: Lucene refuses a term longer
    // than 32766 bytes, and with it the whole document.
    private static final int MAX_KEYWORD_CHARS = 8191;
    // Text is also counted by whole value, as the embedded store counts it, up to the same length.
    private static final String WHOLE_TEXT = "keyword"; //$NON-NLS-1$
    private static final int WHOLE_TEXT_CHARS = 256;

    private IndexMappings() {
    }

    /**
     * @param types the flattened field names and their Vigil types
     * @return the mapping, with dotted names as Elasticsearch expands them into objects
     */
    public static TypeMapping forTypes(Map<String, FieldType> types) {
        Map<String, FieldType> all = new TreeMap<>(types);
        all.put(Event.TIMESTAMP, FieldType.DATE);
        all.put(ElasticsearchEventSource.ID_FIELD, FieldType.KEYWORD);
        return TypeMapping.of(mapping -> {
            all.forEach((name, type) -> mapping.properties(name, property(type)));
            return mapping;
        });
    }

    /**
     * The mapping of the indices an import writes: the fields Vigil knows typed as Vigil types
     * them ({@link KnownFields}), a field named like a known last part ({@code *.ip},
     * {@code *.port}) typed alike wherever it appears, other strings as {@code keyword} and other
     * decimals as {@code double}. Strings are never guessed to be dates or numbers: a guess made
     * from the first record would refuse the next record whose value does not look the same.
     * Names are flat ({@code "subobjects": false}): a dotted name is a leaf, so that {@code host}
     * and {@code host.name}, or {@code id} and {@code id.orig_h}, are two fields side by side as
     * in the embedded store, rather than a value and an object that one index cannot both hold.
     * The shadow fields of the conflict policy ({@link FieldConflicts}) are keywords whatever
     * their last part. Added in package version 0.1.2.
     *
     * @return the mapping
     */
    public static TypeMapping forImport() {
        List<NamedValue<DynamicTemplate>> templates = new ArrayList<>();
        templates.add(NamedValue.of("vigil_conflicts", DynamicTemplate.of(t -> t //$NON-NLS-1$
                .pathMatch(FieldConflicts.SHADOW_PREFIX + "*").mapping(keyword())))); //$NON-NLS-1$
        // A leaf's name is its whole dotted name: "port" for a top-level field, "*.port" for the others.
        new TreeMap<>(KnownFields.byLastPart()).forEach((lastPart, type) -> templates.add(NamedValue.of(
                "vigil_" + lastPart, //$NON-NLS-1$
                DynamicTemplate.of(t -> t.match(lastPart, "*." + lastPart).mapping(property(type)))))); //$NON-NLS-1$
        templates.add(NamedValue.of("vigil_decimals", //$NON-NLS-1$
                DynamicTemplate.of(t -> t.matchMappingType("double").mapping(property(FieldType.DOUBLE))))); //$NON-NLS-1$
        templates.add(NamedValue.of("vigil_strings", DynamicTemplate.of(t -> t.matchMappingType("string") //$NON-NLS-1$ //$NON-NLS-2$
                .mapping(keyword()))));
        TypeMapping known = forTypes(KnownFields.byName());
        return TypeMapping.of(mapping -> mapping.subobjects(Subobjects.False).dateDetection(false)
                .numericDetection(false).dynamicTemplates(templates).properties(known.properties()));
    }

    private static Property keyword() {
        return Property.of(p -> p.keyword(k -> k.ignoreAbove(MAX_KEYWORD_CHARS)));
    }

    /**
     * @param type a Vigil field type
     * @return the Elasticsearch field that indexes it as Vigil searches it
     */
    public static Property property(FieldType type) {
        return switch (type) {
            case KEYWORD -> Property.of(p -> p.keyword(k -> k));
            case TEXT -> Property.of(p -> p.text(t -> t.analyzer(STANDARD_ANALYZER).fields(WHOLE_TEXT,
                    whole -> whole.keyword(k -> k.ignoreAbove(WHOLE_TEXT_CHARS)))));
            case IP -> Property.of(p -> p.ip(i -> i));
            case LONG -> Property.of(p -> p.long_(l -> l));
            case DOUBLE -> Property.of(p -> p.double_(d -> d));
            case DATE -> Property.of(p -> p.date(d -> d));
            case BOOLEAN -> Property.of(p -> p.boolean_(b -> b));
        };
    }
}
