package org.vigil.ingest.internal;

import java.util.List;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.vigil.ingest.LogFormat;
import org.vigil.ingest.LogInput;
import org.vigil.ingest.ParseOptions;

/**
 * Syslog files, line by line in either RFC 5424 ({@code <PRI>1 TIMESTAMP HOST APP PROCID MSGID
 * [SD] MSG}) or RFC 3164/BSD ({@code [<PRI>]Mmm dd hh:mm:ss host tag[pid]: msg}, the priority
 * being absent in files written by rsyslog's default template); a file may mix both. See
 * {@link SyslogParser} for the ECS fields and how BSD lines get their year and zone.
 */
@Component(service = LogFormat.class)
public final class SyslogFormat extends LineFormat {

    /** The format's id. */
    public static final String ID = "syslog";

    private static final Pattern WITH_PRIORITY = Pattern.compile("<\\d{1,3}>.*");
    private static final double CONFIDENCE_WITH_PRIORITY = 0.9;
    private static final double CONFIDENCE_WITHOUT_PRIORITY = 0.75;

    /** Creates the format; it has no configuration. */
    @Activate
    public SyslogFormat() {
        // Nothing to set up: the format is stateless.
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return Messages.Format_syslog;
    }

    @Override
    public double sniff(List<String> firstLines) {
        List<String> lines = firstLines.stream().filter(line -> !line.isBlank()).toList();
        long syslog = lines.stream().filter(SyslogParser::looksLikeSyslog).count();
        if (lines.isEmpty() || syslog < lines.size() / 2.0) {
            return 0;
        }
        boolean priorities = lines.stream().allMatch(line -> WITH_PRIORITY.matcher(line).matches());
        double share = (double) syslog / lines.size();
        return share * (priorities ? CONFIDENCE_WITH_PRIORITY : CONFIDENCE_WITHOUT_PRIORITY);
    }

    @Override
    RecordParser newParser(LogInput input, ParseOptions options) {
        return new SyslogParser(options);
    }
}
