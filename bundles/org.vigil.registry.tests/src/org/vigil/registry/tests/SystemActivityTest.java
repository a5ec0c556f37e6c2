package org.vigil.registry.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vigil.core.model.Event;
import org.vigil.events.Cancellation;
import org.vigil.events.SourceDescriptor;
import org.vigil.events.SourceException;
import org.vigil.local.LuceneSource;
import org.vigil.registry.AssetKind;
import org.vigil.registry.InformationSystem;
import org.vigil.registry.match.SystemActivity;
import org.vigil.registry.testing.Samples;

/** A system's alerts and vulnerability findings of the last 30 days, counted by the embedded engine. */
class SystemActivityTest {

    private static final Instant NOW = Instant.parse("2026-11-24T03:00:00Z");
    private static final InformationSystem PORTAL = Samples.system("cong-ttdt-tinh", "vpubnd").toBuilder()
            .asset(AssetKind.IP, "10.13.1.10").asset(AssetKind.CIDR, "10.13.2.0/24")
            .asset(AssetKind.HOSTNAME, "vpubnd-srv-01").asset(AssetKind.DOMAIN, "*.demo-province.gov.vn")
            .asset(AssetKind.URL, "https://dichvucong.demo.gov.vn/portal").asset(AssetKind.IP, "not an address")
            .build();

    private final List<Event> events = new ArrayList<>();

    @Test
    void alertsAndFindingsOnAnyOfTheSystemsAssetsInTheLast30DaysAreCounted() throws Exception {
        alert(1, "destination.ip", "10.13.1.10");
        alert(2, "source.ip", "10.13.2.77");
        alert(3, "url.domain", "www.demo-province.gov.vn");
        alert(4, "url.original", "http://dichvucong.demo.gov.vn/portal/login?x=1");
        alert(5, "host.name", "vpubnd-srv-01");
        alert(6, "vigil.system.id", "cong-ttdt-tinh");
        finding(7, "host.ip", "10.13.1.10");
        finding(8, "host.ip", "10.13.2.5");
        alert(9, "destination.ip", "10.13.3.1");
        alert(10, "url.domain", "demo-province.gov.vn.evil.example");
        alert(11, "url.original", "https://dichvucong.demo.gov.vn/other");
        alert(40, "destination.ip", "10.13.1.10");
        event(2, "network", "event", "destination.ip", "10.13.1.10");

        SystemActivity.Counts counts = SystemActivity.count(source(), PORTAL, NOW, Cancellation.none());

        assertEquals(6, counts.alerts());
        assertEquals(2, counts.findings());
        assertEquals(NOW.minus(Duration.ofDays(30)), counts.range().from());
    }

    @Test
    void aSystemWithoutAssetsCountsTheEventsTaggedWithItAndACancelledCountStops() throws Exception {
        alert(1, "vigil.system.id", "syt-lan");
        alert(1, "destination.ip", "10.13.1.10");
        InformationSystem bare = Samples.system("syt-lan", "syt");

        assertEquals(1, SystemActivity.count(source(), bare, NOW, Cancellation.none()).alerts());
        Cancellation cancelled = Cancellation.none();
        cancelled.cancel();

        assertThrows(SourceException.class, () -> SystemActivity.count(source(), PORTAL, NOW, cancelled));
    }

    private LuceneSource source() throws SourceException {
        return LuceneSource.inMemory(new SourceDescriptor("t", "Test", "lucene", "memory"), events.iterator(),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private void alert(int daysAgo, String field, String value) {
        event(daysAgo, "network", "alert", field, value);
    }

    private void finding(int daysAgo, String field, String value) {
        event(daysAgo, "vulnerability", "state", field, value);
    }

    private void event(int daysAgo, String category, String kind, String field, String value) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("event.kind", kind);
        fields.put("event.category", category);
        fields.put(field, value);
        events.add(new Event("e" + events.size(), NOW.minus(Duration.ofDays(daysAgo)), fields));
    }
}
