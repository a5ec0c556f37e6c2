package org.vigil.examples.source;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.vigil.demo.DemoData;
import org.vigil.demo.DemoSettings;
import org.vigil.events.EventSource;
import org.vigil.events.SourceDescriptor;
import org.vigil.events.SourceException;
import org.vigil.local.LazyLuceneSource;
import org.vigil.local.LuceneSource;

/**
 * A source that brings its own data: a thousand sample events held in memory by the embedded
 * engine. It publishes itself as soon as its bundle starts and vanishes when it stops. A plugin
 * for a vendor's export would load that export here instead of the sample.
 */
@Component(service = EventSource.class)
public final class ExampleEventSource extends LazyLuceneSource {

    /** The id under which this source appears in the registry. */
    public static final String ID = "example";

    private static final SourceDescriptor DESCRIPTOR = new SourceDescriptor(ID, Messages.ExampleSource_name, "example",
            "bundle org.vigil.examples.source");
    private static final long SAMPLE_SEED = 7;
    private static final int SAMPLE_EVENTS = 1_000;

    @Override
    public SourceDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    protected LuceneSource create() throws SourceException {
        Clock clock = Clock.systemUTC();
        DemoSettings sample = new DemoSettings(SAMPLE_SEED, Instant.now(clock), Duration.ofDays(7), SAMPLE_EVENTS);
        return LuceneSource.inMemory(DESCRIPTOR, new DemoData(sample).events().iterator(), clock);
    }

    @Deactivate
    void deactivate() {
        closeSource();
    }
}
