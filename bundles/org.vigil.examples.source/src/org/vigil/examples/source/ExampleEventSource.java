package org.vigil.examples.source;

import org.osgi.service.component.annotations.Component;
import org.vigil.events.EventSource;
import org.vigil.events.SourceDescriptor;

/** Publishes itself as a source as soon as its bundle starts, and vanishes when it stops. */
@Component(service = EventSource.class)
public final class ExampleEventSource implements EventSource {

    /** The id under which this source appears in the registry. */
    public static final String ID = "example";

    private static final SourceDescriptor DESCRIPTOR = new SourceDescriptor(ID, Messages.ExampleSource_name, "example",
            "bundle org.vigil.examples.source");

    @Override
    public SourceDescriptor descriptor() {
        return DESCRIPTOR;
    }
}
