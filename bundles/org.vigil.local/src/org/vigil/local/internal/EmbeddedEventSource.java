package org.vigil.local.internal;

import java.nio.file.Path;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.vigil.events.EventSource;
import org.vigil.events.SourceDescriptor;

/**
 * The source a fresh install works on: a store in the workspace, so Vigil is useful with no
 * server at all. Its ranking puts it first until the operator picks another source.
 */
@Component(service = EventSource.class, property = "service.ranking:Integer=100")
public final class EmbeddedEventSource implements EventSource {

    /** The id by which settings and the CLI name the embedded store. */
    public static final String ID = "embedded";

    private final SourceDescriptor descriptor;

    /** @param context used to find the workspace the framework was started on */
    @Activate
    public EmbeddedEventSource(BundleContext context) {
        this.descriptor = new SourceDescriptor(ID, Messages.EmbeddedSource_name, "lucene",
                storeDirectory(context.getProperty("osgi.instance.area")));
    }

    @Override
    public SourceDescriptor descriptor() {
        return descriptor;
    }

    private static String storeDirectory(String instanceArea) {
        if (instanceArea == null) {
            return "(no workspace)";
        }
        String directory = instanceArea.startsWith("file:") ? instanceArea.substring("file:".length()) : instanceArea;
        return Path.of(directory, "events").toString();
    }
}
