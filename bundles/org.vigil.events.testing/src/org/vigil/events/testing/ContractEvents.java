package org.vigil.events.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.vigil.core.model.Event;
import org.vigil.core.model.TimeRange;

/**
 * The events every source under contract is loaded with: 240 events over three days, two by two
 * at the same instant (so that paging must break ties), with a keyword, two numbers, IPv4 and
 * IPv6 addresses, text, and a field some events lack. The fields are ECS names whose types Vigil
 * knows, so that every engine types them alike. Each event also carries its id in
 * {@code event.id}, as the indices Vigil writes do.
 *
 * <p>The expected answers are computed from these events in plain Java ({@link #matching}), not
 * from another engine, so the kit can judge a source alone.
 */
public final class ContractEvents {

    /** How many events. */
    public static final int COUNT = 240;
    /** The instant after the newest event. */
    public static final Instant END = Instant.parse("2026-11-20T00:00:00Z");
    /** A range that holds every event. */
    public static final TimeRange ALL = new TimeRange(END.minus(Duration.ofDays(4)), END);

    private static final String[] ACTIONS = { "allow", "deny", "alert" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    private static final long[] PORTS = { 22, 80, 443, 3389 };
    private static final List<Event> EVENTS = build();

    private ContractEvents() {
    }

    /** @return the events, oldest last */
    public static List<Event> all() {
        return EVENTS;
    }

    /**
     * @param range a time range
     * @param test what the events must satisfy
     * @return how many events in the range satisfy it
     */
    public static long matching(TimeRange range, Predicate<Event> test) {
        return EVENTS.stream().filter(e -> range.contains(e.timestamp())).filter(test).count();
    }

    private static List<Event> build() {
        List<Event> events = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            String id = String.format("contract-%03d", i); //$NON-NLS-1$
            Instant at = END.minus(Duration.ofMinutes(34L * (i / 2))).minusSeconds(3);
            String ip = i % 10 == 9 ? "2001:db8::" + Integer.toHexString(i) : "10.0." + i / 60 + "." + i % 60; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            long port = PORTS[i % 4];
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("event.id", id); //$NON-NLS-1$
            fields.put("event.action", ACTIONS[i % 3]); //$NON-NLS-1$
            fields.put("event.severity", (long) (i % 5 + 1)); //$NON-NLS-1$
            fields.put("destination.port", port); //$NON-NLS-1$
            fields.put("source.ip", ip); //$NON-NLS-1$
            fields.put("host.name", "web-" + "abc".charAt(i % 3) + i % 2); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            if (i % 7 != 0) {
                fields.put("user.name", "user-" + i % 4); //$NON-NLS-1$ //$NON-NLS-2$
            }
            fields.put("message", i % 11 == 0 ? "failed login for admin from " + ip //$NON-NLS-1$ //$NON-NLS-2$
                    : "connection from " + ip + " to port " + port); //$NON-NLS-1$ //$NON-NLS-2$
            events.add(new Event(id, at, fields));
        }
        return List.copyOf(events);
    }
}
