package org.vigil.examples.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.vigil.core.model.FieldType;
import org.vigil.core.model.TimeRange;
import org.vigil.events.Cancellation;
import org.vigil.events.EventQuery;
import org.vigil.events.EventSource;
import org.vigil.events.FieldInfo;
import org.vigil.events.ImportTarget;
import org.vigil.events.SourceException;
import org.vigil.query.KqlParser;

/**
 * What an operator sees of the installed template: its source published by Declarative Services
 * with every row of the bundled file, addresses and ports typed so that ranges and CIDR blocks
 * work, not offered as an import destination; and a bad file refused with its line and column.
 */
class BundledDeniesTest {

    private static final TimeRange ALL_TIME = new TimeRange(Instant.parse("2000-01-01T00:00:00Z"),
            Instant.parse("2100-01-01T00:00:00Z"));
    private static final long PATIENCE_MILLIS = 10_000;

    @Test
    void thePublishedSourceServesEveryBundledRowWithTypedFields() throws Exception {
        EventSource source = published();
        List<String[]> rows = bundledRows();
        assertEquals(50, rows.size(), "the template ships fifty rows");
        assertEquals(rows.size(), count(source, "*"));
        assertEquals(rows.stream().filter(row -> row[3].equals("22")).count(), count(source, "destination.port:22"));
        assertEquals(rows.stream().filter(row -> row[1].startsWith("10.")).count(), count(source, "source.ip:10.0.0.0/8"));
        assertEquals(rows.stream().filter(row -> Integer.parseInt(row[3]) >= 1024).count(),
                count(source, "destination.port >= 1024"));

        Map<String, FieldType> types = source.fields(Cancellation.none()).stream()
                .collect(Collectors.toMap(FieldInfo::name, FieldInfo::type));
        assertEquals(FieldType.IP, types.get("source.ip"));
        assertEquals(FieldType.IP, types.get("destination.ip"));
        assertEquals(FieldType.LONG, types.get("destination.port"));
        assertFalse(source instanceof ImportTarget, "File → Import Events… must not offer the template as a destination");
    }

    @Test
    void aBadValueIsRefusedNamingItsLineAndColumn() {
        String csv = DenyRecords.HEADER + "\n2026-11-20T10:00:00Z,10.0.0.1,10.0.0.2,22,deny\n"
                + "2026-11-20T10:00:01Z,10.0.0.1,10.0.0.2,ssh,deny\n";
        SourceException refused = assertThrows(SourceException.class,
                () -> DenyRecords.read(FirewallDenySource.ID, "bad.csv", text(csv)));
        assertTrue(refused.getMessage().startsWith("bad.csv, line 3: column dst_port"), refused.getMessage());
        assertEquals(FirewallDenySource.ID, refused.source());
    }

    @Test
    void aMissingColumnOrHeaderIsRefused() {
        SourceException shortRow = assertThrows(SourceException.class, () -> DenyRecords.read(FirewallDenySource.ID, "short.csv",
                text(DenyRecords.HEADER + "\n2026-11-20T10:00:00Z,10.0.0.1,10.0.0.2,22\n")));
        assertEquals("short.csv, line 2: 4 columns instead of 5", shortRow.getMessage());
        SourceException noHeader = assertThrows(SourceException.class,
                () -> DenyRecords.read(FirewallDenySource.ID, "rows.csv", text("2026-11-20T10:00:00Z,10.0.0.1,10.0.0.2,22,deny\n")));
        assertTrue(noHeader.getMessage().contains(DenyRecords.HEADER), noHeader.getMessage());
    }

    private static EventSource published() throws InterruptedException {
        ServiceTracker<EventSource, EventSource> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(BundledDeniesTest.class).getBundleContext(), EventSource.class, null);
        tracker.open();
        try {
            long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
            while (System.currentTimeMillis() < deadline) {
                EventSource[] sources = tracker.getServices(new EventSource[0]);
                for (EventSource source : sources) {
                    if (FirewallDenySource.ID.equals(source.descriptor().id())) {
                        return source;
                    }
                }
                Thread.sleep(50);
            }
            throw new AssertionError("no EventSource service with id " + FirewallDenySource.ID);
        } finally {
            tracker.close();
        }
    }

    private static List<String[]> bundledRows() throws IOException {
        try (InputStream in = FirewallDenySource.class.getClassLoader().getResourceAsStream(FirewallDenySource.DATA)) {
            assertNotNull(in, FirewallDenySource.DATA + " is not in the bundle");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .map(line -> line.split(",")).filter(row -> row.length == 5).collect(Collectors.toList());
        }
    }

    private static long count(EventSource source, String kql) throws Exception {
        return source.count(new EventQuery(KqlParser.parse(kql), ALL_TIME), Cancellation.none());
    }

    private static InputStream text(String csv) {
        return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
    }
}
