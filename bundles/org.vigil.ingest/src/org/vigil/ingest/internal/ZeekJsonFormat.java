package org.vigil.ingest.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.vigil.ingest.LogFormat;
import org.vigil.ingest.LogInput;
import org.vigil.ingest.ParseOptions;

/**
 * Zeek logs written with {@code LogAscii::use_json=T}: one object per line, {@code ts} in epoch
 * seconds or ISO 8601. The log name comes from a {@code _path} field when Zeek writes one, else
 * from the file name. Fields map to ECS as {@link ZeekFields} describes.
 */
@Component(service = LogFormat.class)
public final class ZeekJsonFormat extends JsonLinesFormat {

    /** The format's id. */
    public static final String ID = "zeek.json";

    private static final double CONFIDENCE = 0.9;
    private static final String TS = "ts";
    private static final String PATH = "_path";

    /** Creates the format; it has no configuration. */
    @Activate
    public ZeekJsonFormat() {
        // Nothing to set up: the format is stateless.
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return Messages.Format_zeekJson;
    }

    @Override
    public double sniff(List<String> firstLines) {
        return CONFIDENCE * shareOfObjectsWith(firstLines, TS);
    }

    @Override
    ParsedRecord toRecord(Map<String, Object> zeek, LogInput input, ParseOptions options)
            throws RejectedRecordException {
        Object ts = zeek.remove(TS);
        Instant timestamp = Timestamps.require(ts, TS, options.zone(), ChronoUnit.SECONDS);
        String log = zeek.remove(PATH) instanceof String path ? path : ZeekFields.logName(input.file());
        Map<String, Object> fields = ZeekFields.toEcs(log, zeek);
        Timestamps.keepOriginal(ts, fields);
        return new ParsedRecord(timestamp, fields);
    }
}
