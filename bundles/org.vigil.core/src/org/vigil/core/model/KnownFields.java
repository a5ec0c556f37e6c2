package org.vigil.core.model;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The types Vigil knows for common ECS fields, so that every store maps them alike whatever the
 * first imported value looked like: a port is a number even if a CSV wrote it as text, an
 * address is an IP, a message is free text. Fields it does not know are typed from their values.
 */
public final class KnownFields {

    /**
     * An event's time as its log wrote it, when {@code @timestamp} (an instant in UTC) had to
     * change it: the local time and its offset, an epoch number, a syslog header. A keyword, so
     * that it is found as written. Added in package version 0.1.3.
     */
    public static final String ORIGINAL_TIMESTAMP = "vigil.timestamp.original"; //$NON-NLS-1$

    private static final Map<String, FieldType> EXACT = Map.ofEntries(
            Map.entry(Event.TIMESTAMP, FieldType.DATE),
            // The event's id in every store, the sort tie-breaker: one value, never a number.
            Map.entry("event.id", FieldType.KEYWORD),
            Map.entry("event.created", FieldType.DATE),
            Map.entry("event.ingested", FieldType.DATE),
            Map.entry("event.severity", FieldType.LONG),
            Map.entry("message", FieldType.TEXT),
            Map.entry("error.message", FieldType.TEXT),
            Map.entry("vulnerability.description", FieldType.TEXT),
            Map.entry("vulnerability.score.base", FieldType.DOUBLE),
            Map.entry("http.response.status_code", FieldType.LONG),
            Map.entry("process.pid", FieldType.LONG),
            // The information system an import tags an event with: a name is one value, not words.
            // The name is typed for an index that has it; Vigil's stores do not keep it (NOT_STORED).
            Map.entry("vigil.system.id", FieldType.KEYWORD),
            Map.entry("vigil.system.name", FieldType.KEYWORD),
            Map.entry("vigil.system.level", FieldType.LONG),
            Map.entry(ORIGINAL_TIMESTAMP, FieldType.KEYWORD));

    private static final Map<String, FieldType> LAST_PART = Map.of(
            "ip", FieldType.IP,
            "port", FieldType.LONG,
            "bytes", FieldType.LONG,
            "packets", FieldType.LONG);

    /**
     * Fields an import adds for people to read that stores leave out, because they follow from a
     * field stores keep: a system's name from its id, read from the registry when an event is shown.
     */
    private static final Set<String> NOT_STORED = Set.of("vigil.system.name");

    private KnownFields() {
    }

    /**
     * For a store that declares its types ahead of the events, such as an Elasticsearch index
     * template. Added in package version 0.1.2.
     *
     * @return the whole field names Vigil knows and their types
     */
    public static Map<String, FieldType> byName() {
        return EXACT;
    }

    /**
     * Added in package version 0.1.2.
     *
     * @return the last parts of names ({@code port} for {@code source.port}) whose fields Vigil
     *         types alike wherever they appear, and their types
     */
    public static Map<String, FieldType> byLastPart() {
        return LAST_PART;
    }

    /**
     * @param name a flattened field name
     * @return the type Vigil always gives it, if it is one Vigil knows: shadow fields of the
     *         conflict policy ({@link FieldConflicts}) are keywords
     */
    public static Optional<FieldType> typeOf(String name) {
        if (FieldConflicts.isShadow(name)) {
            // Values that fit no other type are text, whatever their field's last part says.
            return Optional.of(FieldType.KEYWORD);
        }
        FieldType exact = EXACT.get(name);
        if (exact != null) {
            return Optional.of(exact);
        }
        return Optional.ofNullable(LAST_PART.get(name.substring(name.lastIndexOf('.') + 1)));
    }

    /**
     * Added in package version 0.1.2.
     *
     * @param name a flattened field name
     * @return whether stores keep the field: false for a field that follows from another one
     *         ({@code vigil.system.name} from {@code vigil.system.id}), which costs an import's
     *         writing time and space and is found again when the event is shown
     */
    public static boolean isStored(String name) {
        return !NOT_STORED.contains(name);
    }
}
