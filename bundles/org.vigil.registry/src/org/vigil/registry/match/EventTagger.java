package org.vigil.registry.match;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vigil.core.model.Event;

/**
 * Adds to an event the systems its assets belong to, so that search results can show the system
 * and its level and queries can filter on them ({@code vigil.system.level >= 3}). An event is
 * tagged with every system found, most sensitive first; {@value #LEVEL} is the highest level.
 */
public final class EventTagger {

    /** The ids of the systems, one value or a list. */
    public static final String ID = "vigil.system.id"; //$NON-NLS-1$
    /** The names of the systems, in the same order. */
    public static final String NAME = "vigil.system.name"; //$NON-NLS-1$
    /** The highest security level among them. */
    public static final String LEVEL = "vigil.system.level"; //$NON-NLS-1$

    private final AssetMatcher matcher;

    /** @param matcher the registry's assets */
    public EventTagger(AssetMatcher matcher) {
        this.matcher = matcher;
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
        Map<String, Object> fields = new LinkedHashMap<>(event.fields());
        fields.put(ID, systems.size() == 1 ? systems.get(0).id() : systems.stream().map(SystemRef::id).toList());
        fields.put(NAME, systems.size() == 1 ? systems.get(0).name() : systems.stream().map(SystemRef::name).toList());
        fields.put(LEVEL, (long) systems.get(0).level());
        return new Event(event.id(), event.timestamp(), fields);
    }
}
