package org.vigil.registry.match;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.vigil.core.model.Event;

/**
 * Adds to an event the systems its assets belong to, so that search results can show the system
 * and its level and queries can filter on them ({@code vigil.system.level >= 3}). An event is
 * tagged with every system found, most sensitive first; {@value #LEVEL} is the highest level.
 */
public final class EventTagger {

    /** The ids of the systems, one value or a list. */
    public static final String ID = "vigil.system.id"; //$NON-NLS-1$
    /**
     * The names of the systems, in the same order: for whoever reads the tagged event; stores
     * leave it out ({@code KnownFields.isStored}), since the registry names an id when the event
     * is shown.
     */
    public static final String NAME = "vigil.system.name"; //$NON-NLS-1$
    /** The highest security level among them. */
    public static final String LEVEL = "vigil.system.level"; //$NON-NLS-1$

    private final AssetMatcher matcher;

    /** @param matcher the registry's assets */
    public EventTagger(AssetMatcher matcher) {
        this.matcher = matcher;
    }

    /** @return the matcher this tagger looks events up with */
    public AssetMatcher matcher() {
        return matcher;
    }

    /**
     * @param event an event
     * @return the event with the system fields set (replacing any it had), or the same event when no system matches
     */
    public Event tag(Event event) {
        List<SystemRef> systems = matcher.event(event);
        if (systems.isEmpty()) {
            return event;
        }
        Object id = systems.size() == 1 ? systems.get(0).id() : systems.stream().map(SystemRef::id).toList();
        Object name = systems.size() == 1 ? systems.get(0).name() : systems.stream().map(SystemRef::name).toList();
        // The event copies its fields once more whatever it is given: a view saves a copy of its own.
        return new Event(event.id(), event.timestamp(), new Tagged(event.fields(),
                List.of(Map.entry(ID, id), Map.entry(NAME, name), Map.entry(LEVEL, (long) systems.get(0).level()))));
    }

    /**
     * An event's fields followed by its tags, read once by the event's own copy. A tag whose name
     * the event had replaces the value in the copy, which keeps the first position of a name.
     */
    private static final class Tagged extends AbstractMap<String, Object> {

        private final Map<String, Object> fields;
        private final List<Map.Entry<String, Object>> tags;

        Tagged(Map<String, Object> fields, List<Map.Entry<String, Object>> tags) {
            this.fields = fields;
            this.tags = tags;
        }

        @Override
        public Set<Map.Entry<String, Object>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<String, Object>> iterator() {
                    Iterator<Map.Entry<String, Object>> first = fields.entrySet().iterator();
                    Iterator<Map.Entry<String, Object>> second = tags.iterator();
                    return new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return first.hasNext() || second.hasNext();
                        }

                        @Override
                        public Map.Entry<String, Object> next() {
                            return first.hasNext() ? first.next() : second.next();
                        }
                    };
                }

                @Override
                public int size() {
                    return fields.size() + tags.size();
                }
            };
        }
    }
}
