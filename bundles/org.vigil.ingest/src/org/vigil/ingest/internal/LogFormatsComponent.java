package org.vigil.ingest.internal;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.vigil.ingest.FormatDetector;
import org.vigil.ingest.LogFormat;
import org.vigil.ingest.LogFormats;
import org.vigil.ingest.LogInput;

/**
 * Tracks every published {@link LogFormat} through a dynamic, multiple reference, so that a
 * plug-in's formats appear and disappear with its bundle.
 */
@Component(service = LogFormats.class)
public final class LogFormatsComponent implements LogFormats {

    private final List<LogFormat> present = new CopyOnWriteArrayList<>();

    /** Creates the registry; formats arrive through {@link #addFormat}. */
    @Activate
    public LogFormatsComponent() {
        // Formats are bound as they are published.
    }

    @Reference(service = LogFormat.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC)
    void addFormat(LogFormat format) {
        present.add(format);
    }

    void removeFormat(LogFormat format) {
        present.remove(format);
    }

    @Override
    public List<LogFormat> formats() {
        return present.stream().sorted(Comparator.comparing(LogFormat::id)).toList();
    }

    @Override
    public Optional<LogFormat> find(String id) {
        return formats().stream().filter(format -> format.id().equals(id)).findFirst();
    }

    @Override
    public Optional<LogFormat> detect(LogInput input) throws IOException {
        return new FormatDetector(present).detect(input);
    }
}
