package org.vigil.ingest;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What a format needs to know that some log lines leave out.
 *
 * @param referenceDate a date close to when the file was written (its last-modified date is a
 *            good choice); BSD syslog lines carry no year, and take the year that puts them on
 *            or before this date (plus one day of clock skew)
 * @param zone the zone of timestamps that carry no offset (BSD syslog, zone-less CSV dates)
 */
public record ParseOptions(LocalDate referenceDate, ZoneId zone) {

    /** The zone most Vigil operators' devices log in when they omit it. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Requires both values. */
    public ParseOptions {
        Objects.requireNonNull(referenceDate, "referenceDate");
        Objects.requireNonNull(zone, "zone");
    }

    /** @return today in {@link #DEFAULT_ZONE}, for files being written now */
    public static ParseOptions defaults() {
        return new ParseOptions(LocalDate.now(DEFAULT_ZONE), DEFAULT_ZONE);
    }
}
