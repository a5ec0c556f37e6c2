package org.vigil.demo;

import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.vigil.core.model.Event;
import org.vigil.demo.internal.DemoWorld;
import org.vigil.demo.internal.Scenarios;

/**
 * Generates the events of a provincial SOC over some weeks: network scans from a few dozen
 * external addresses, two internal hosts beaconing to known-malicious servers, vulnerability
 * findings on hundreds of machines, web attacks on agency portals, authentication failures,
 * and the ordinary traffic around them.
 *
 * <p>Each event is computed from the seed and its index alone, so any slice of the data set can
 * be produced independently and in parallel, and the ids ({@code demo-<seed>-<index>}) are
 * stable across runs.
 */
public final class DemoData {

    private final DemoSettings settings;
    private final Scenarios scenarios;

    /** @param settings what to generate */
    public DemoData(DemoSettings settings) {
        this.settings = settings;
        this.scenarios = new Scenarios(new DemoWorld(settings.seed()), settings);
    }

    /** @return every event of the data set, in index order (not time order) */
    public Stream<Event> events() {
        return IntStream.range(0, settings.events()).mapToObj(this::event);
    }

    /**
     * @param index an index in {@code [0, events)}
     * @return that event, always the same for the same settings
     */
    public Event event(int index) {
        return scenarios.event(index);
    }

    /** @return the settings this data set follows */
    public DemoSettings settings() {
        return settings;
    }
}
