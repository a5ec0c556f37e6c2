package org.vigil.ingest.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.vigil.core.model.Event;
import org.vigil.ingest.LogFormat;
import org.vigil.ingest.LogInput;
import org.vigil.ingest.ParseOptions;

/**
 * Elastic Common Schema documents, one JSON object per line, as Filebeat, Elastic Agent and
 * {@code elasticsearch-dump} write them. Fields are already ECS: they are only flattened.
 * {@code @timestamp} is required; a number there is epoch milliseconds, as Elasticsearch reads it,
 * and a time without offset is in the caller's zone.
 */
@Component(service = LogFormat.class)
public final class EcsJsonFormat extends JsonLinesFormat {

    /** The format's id. */
    public static final String ID = "ecs.ndjson";

    // A generic JSON format: a more specific one seeing its own keys should win.
    private static final double CONFIDENCE = 0.8;

    /** Creates the format; it has no configuration. */
    @Activate
    public EcsJsonFormat() {
        // Nothing to set up: the format is stateless.
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return Messages.Format_ecs;
    }

    @Override
    public double sniff(List<String> firstLines) {
        return CONFIDENCE * shareOfObjectsWith(firstLines, Event.TIMESTAMP);
    }

    @Override
    ParsedRecord toRecord(Map<String, Object> fields, LogInput input, ParseOptions options)
            throws RejectedRecordException {
        Object time = fields.remove(Event.TIMESTAMP);
        Instant timestamp = Timestamps.require(time, Event.TIMESTAMP, options.zone(), ChronoUnit.MILLIS);
        Timestamps.keepOriginal(time, fields);
        return new ParsedRecord(timestamp, fields);
    }
}
