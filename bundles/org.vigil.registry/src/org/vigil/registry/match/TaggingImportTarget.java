package org.vigil.registry.match;

import java.util.Iterator;
import java.util.function.UnaryOperator;

import org.vigil.core.model.Event;
import org.vigil.events.Cancellation;
import org.vigil.events.ImportTarget;
import org.vigil.events.SourceException;

/**
 * An import target that tags events on their way into another one, so that the stored events
 * carry their systems ({@link EventTagger}) and searches can show and filter on them.
 */
public final class TaggingImportTarget implements ImportTarget {

    private final ImportTarget target;
    private final UnaryOperator<Event> tagger;

    /**
     * @param target where the tagged events go
     * @param tagger what tags an event, usually {@code new EventTagger(matcher)::tag}
     */
    public TaggingImportTarget(ImportTarget target, UnaryOperator<Event> tagger) {
        this.target = target;
        this.tagger = tagger;
    }

    @Override
    public String id() {
        return target.id();
    }

    @Override
    public long add(Iterator<Event> events, Cancellation cancellation) throws SourceException {
        return target.add(new Iterator<>() {
            @Override
            public boolean hasNext() {
                return events.hasNext();
            }

            @Override
            public Event next() {
                return tagger.apply(events.next());
            }
        }, cancellation);
    }
}
