package org.vigil.ingest.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.vigil.ingest.ParseOptions;

/**
 * Reads syslog lines of either RFC into ECS fields: {@code log.syslog.priority},
 * {@code log.syslog.facility.code}/{@code .name}, {@code log.syslog.severity.code}/{@code .name}
 * (when the line has a priority), {@code log.syslog.version}, {@code log.syslog.msgid} and
 * {@code log.syslog.structured_data.<SD-ID>.<param>} (RFC 5424), {@code host.hostname},
 * {@code process.name} (APP-NAME or the BSD tag), {@code process.pid} (a number) or
 * {@code log.syslog.procid} (RFC 5424 PROCID that is not a number), and {@code message}.
 *
 * <p>A BSD line has no year and no zone. Its zone is {@link ParseOptions#zone()}; its year is
 * that of {@link ParseOptions#referenceDate()}, unless the date would then lie more than a day
 * after the reference date, in which case it is the year before: a file last written on
 * 3 January holds December lines from the previous year. February 29 in a non-leap year becomes
 * February 28.
 */
final class SyslogParser implements RecordParser {

    private static final Pattern RFC5424 = Pattern
            .compile("<(\\d{1,3})>(\\d{1,2}) (\\S+) (\\S+) (\\S+) (\\S+) (\\S+) ?(.*)", Pattern.DOTALL);
    private static final Pattern RFC3164 = Pattern.compile(
            "(?:<(\\d{1,3})>)?([A-Z][a-z]{2}) {1,2}(\\d{1,2}) (\\d{2}:\\d{2}:\\d{2}) (\\S+) ?(.*)", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("([^\\s\\[\\]:]+)(?:\\[([^\\]]*)\\])?: ?(.*)", Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile("\\d{1,18}");
    private static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
            "Oct", "Nov", "Dec");
    private static final String[] SEVERITIES = {"Emergency", "Alert", "Critical", "Error", "Warning", "Notice",
        "Informational", "Debug"};
    private static final String[] FACILITIES = {"kern", "user", "mail", "daemon", "auth", "syslog", "lpr", "news",
        "uucp", "cron", "authpriv", "ftp", "ntp", "security", "console", "solaris-cron", "local0", "local1",
        "local2", "local3", "local4", "local5", "local6", "local7"};
    private static final int MAX_PRIORITY = 191;
    private static final int SEVERITY_COUNT = 8;
    private static final String NIL = "-";
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final LocalDate referenceDate;
    private final ZoneId zone;

    /** @param options the reference date and zone for BSD lines */
    SyslogParser(ParseOptions options) {
        this.referenceDate = options.referenceDate();
        this.zone = options.zone();
    }

    /**
     * @param line a log line
     * @return whether it has the shape of either RFC, for sniffing
     */
    static boolean looksLikeSyslog(String line) {
        Matcher bsd = RFC3164.matcher(line);
        return RFC5424.matcher(line).matches() || bsd.matches() && MONTHS.contains(bsd.group(2));
    }

    @Override
    public ParsedRecord parse(String text) throws RejectedRecordException {
        Matcher rfc5424 = RFC5424.matcher(text);
        if (rfc5424.matches()) {
            return parse5424(rfc5424);
        }
        Matcher bsd = RFC3164.matcher(text);
        if (bsd.matches() && MONTHS.contains(bsd.group(2))) {
            return parse3164(bsd);
        }
        throw new RejectedRecordException(Messages.Rejection_notSyslog);
    }

    private ParsedRecord parse5424(Matcher line) throws RejectedRecordException {
        Map<String, Object> fields = new LinkedHashMap<>();
        putPriority(line.group(1), fields);
        fields.put("log.syslog.version", Long.parseLong(line.group(2)));
        Instant timestamp = Timestamps.require(nil(line.group(3)), "TIMESTAMP", zone, ChronoUnit.SECONDS);
        Timestamps.keepOriginal(line.group(3), fields);
        putUnlessNil(fields, "host.hostname", line.group(4));
        putUnlessNil(fields, "process.name", line.group(5));
        putProcessId(fields, nil(line.group(6)));
        putUnlessNil(fields, "log.syslog.msgid", line.group(7));
        String message = StructuredData.read(line.group(8), fields);
        putMessage(fields, message);
        return new ParsedRecord(timestamp, fields);
    }

    private ParsedRecord parse3164(Matcher line) throws RejectedRecordException {
        Map<String, Object> fields = new LinkedHashMap<>();
        putPriority(line.group(1), fields);
        Instant timestamp = bsdTime(MONTHS.indexOf(line.group(2)) + 1, Integer.parseInt(line.group(3)),
                LocalTime.parse(line.group(4)));
        // The header as written ("May  4 08:15:00"): no year, no zone, both supplied by the import.
        Timestamps.keepOriginal(line.group().substring(line.start(2), line.end(4)), fields);
        fields.put("host.hostname", line.group(5));
        Matcher tag = TAG.matcher(line.group(6));
        if (tag.matches()) {
            fields.put("process.name", tag.group(1));
            putProcessId(fields, tag.group(2));
            putMessage(fields, tag.group(3));
        } else {
            putMessage(fields, line.group(6));
        }
        return new ParsedRecord(timestamp, fields);
    }

    private Instant bsdTime(int month, int day, LocalTime time) {
        LocalDate date = MonthDay.of(month, day).atYear(referenceDate.getYear());
        if (date.isAfter(referenceDate.plusDays(1))) {
            date = MonthDay.of(month, day).atYear(referenceDate.getYear() - 1);
        }
        return date.atTime(time).atZone(zone).toInstant();
    }

    private static void putPriority(String priority, Map<String, Object> fields) throws RejectedRecordException {
        if (priority == null) {
            return;
        }
        int value = Integer.parseInt(priority);
        if (value > MAX_PRIORITY) {
            throw new RejectedRecordException(Messages.Rejection_badPriority, priority);
        }
        fields.put("log.syslog.priority", (long) value);
        fields.put("log.syslog.facility.code", (long) value / SEVERITY_COUNT);
        fields.put("log.syslog.facility.name", FACILITIES[value / SEVERITY_COUNT]);
        fields.put("log.syslog.severity.code", (long) value % SEVERITY_COUNT);
        fields.put("log.syslog.severity.name", SEVERITIES[value % SEVERITY_COUNT]);
    }

    private static void putProcessId(Map<String, Object> fields, String id) {
        if (id == null || id.isEmpty()) {
            return;
        }
        if (NUMBER.matcher(id).matches()) {
            fields.put("process.pid", Long.parseLong(id));
        } else {
            fields.put("log.syslog.procid", id);
        }
    }

    private static void putMessage(Map<String, Object> fields, String message) {
        String text = !message.isEmpty() && message.charAt(0) == BYTE_ORDER_MARK ? message.substring(1) : message;
        if (!text.isEmpty()) {
            fields.put("message", text);
        }
    }

    private static void putUnlessNil(Map<String, Object> fields, String name, String value) {
        if (!NIL.equals(value)) {
            fields.put(name, value);
        }
    }

    private static String nil(String value) {
        return NIL.equals(value) ? null : value;
    }
}
