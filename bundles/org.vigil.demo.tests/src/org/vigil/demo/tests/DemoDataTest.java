package org.vigil.demo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.vigil.core.model.Event;
import org.vigil.demo.DemoData;
import org.vigil.demo.DemoSettings;
import org.vigil.core.model.EcsNdjson;

/** The demo must be the same every time and look like a provincial SOC's half-year figures. */
class DemoDataTest {

    private static final Instant END = Instant.parse("2026-11-01T00:00:00Z");
    private static final DemoSettings SETTINGS = DemoSettings.standard(END, 50_000);
    private static final List<Event> EVENTS = new DemoData(SETTINGS).events().toList();

    @Test
    void theSameSettingsGiveTheSameEvents() {
        assertEquals(EVENTS.subList(0, 500), new DemoData(SETTINGS).events().limit(500).toList());
        assertEquals(EVENTS.get(31_337), new DemoData(SETTINGS).event(31_337));
    }

    @Test
    void anotherSeedGivesOtherEvents() {
        DemoSettings other = new DemoSettings(7, END, SETTINGS.span(), 100);
        assertNotEquals(EVENTS.subList(0, 100), new DemoData(other).events().toList());
    }

    @Test
    void idsAreUniqueAndTimesStayInTheRange() {
        assertEquals(EVENTS.size(), EVENTS.stream().map(Event::id).distinct().count());
        assertTrue(EVENTS.stream().allMatch(event -> !event.timestamp().isBefore(SETTINGS.start())
                && event.timestamp().isBefore(END)), "an event falls outside the demo span");
    }

    @Test
    void scansComeFromAFewDozenAddresses() {
        Set<Object> scanners = distinct(action("port-scan"), "source.ip");
        assertTrue(scanners.size() > 60 && scanners.size() <= 84, "distinct scanners: " + scanners.size());
    }

    @Test
    void exactlyTwoHostsTalkToCommandServers() {
        assertEquals(2, distinct(action("c2-connection"), "source.ip").size());
        assertEquals(2, distinct(action("c2-connection"), "destination.ip").size());
    }

    @Test
    void hundredsOfMachinesHaveVulnerabilities() {
        Set<Object> vulnerable = distinct(action("vulnerability-found"), "host.name");
        assertTrue(vulnerable.size() > 580 && vulnerable.size() <= 617, "vulnerable hosts: " + vulnerable.size());
    }

    @Test
    void peopleWorkOfficeHoursInVietnam() {
        List<Event> logons = EVENTS.stream().filter(action("logon")).toList();
        long inOfficeHours = logons.stream()
                .map(event -> event.timestamp().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).getHour())
                .filter(hour -> hour >= 8 && hour < 18).count();
        assertTrue(inOfficeHours > logons.size() * 0.7, inOfficeHours + " of " + logons.size());
    }

    @Test
    void ndjsonLinesCarryTimestampIdAndEscapedValues() throws IOException {
        Event event = new Event("demo-1", END, Map.of("message", "say \"hi\"\nbye", "destination.port", 443L));
        StringWriter out = new StringWriter();
        EcsNdjson.write(event, out);
        String line = out.toString();
        assertTrue(line.startsWith("{\"@timestamp\":\"2026-11-01T00:00:00Z\",\"event.id\":\"demo-1\","), line);
        assertTrue(line.contains("\"message\":\"say \\\"hi\\\"\\nbye\""), line);
        assertTrue(line.contains("\"destination.port\":443"), line);
        assertTrue(line.endsWith("}\n") && line.indexOf('\n') == line.length() - 1, line);
    }

    private static Predicate<Event> action(String action) {
        return event -> action.equals(event.get("event.action"));
    }

    private static Set<Object> distinct(Predicate<Event> filter, String field) {
        return EVENTS.stream().filter(filter).map(event -> event.get(field)).collect(Collectors.toSet());
    }
}
