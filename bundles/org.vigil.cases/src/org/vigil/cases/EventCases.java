package org.vigil.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.vigil.core.model.EcsNdjson;
import org.vigil.core.model.Event;
import org.vigil.core.model.TimeRange;

/**
 * Cases from search results: evidence with a snapshot of each event, and the observables the
 * events' ECS fields name (addresses, domains, URLs, hashes, accounts, e-mail addresses, file
 * names). Values that do not validate are skipped: events carry whatever the logs said. The
 * way back, from an observable to a search for its events, uses the same fields.
 */
public final class EventCases {

    /** The ECS fields observables are taken from, with the type of each; {@code null} means by the value. */
    private static final Map<String, ObservableType> FIELDS = fields();
    private static final Duration PIVOT_LEAD = Duration.ofHours(1);

    private EventCases() {
    }

    /**
     * @param events events, in any order
     * @return their observables, unique by type and value, in field order then event order
     */
    public static List<Observable> observables(Collection<Event> events) {
        Map<String, Observable> found = new LinkedHashMap<>();
        FIELDS.forEach((field, type) -> events.forEach(event -> values(event.get(field))
                .forEach(value -> observable(type, value).ifPresent(o -> found.putIfAbsent(o.key(), o)))));
        return List.copyOf(found.values());
    }

    /**
     * @param sourceId the source the event was found in
     * @param index the index (or store) holding it
     * @param event the event
     * @param by who links it
     * @param at when
     * @return the event as evidence, with its ECS JSON snapshot
     */
    public static Evidence evidence(String sourceId, String index, Event event, String by, Instant at) {
        return new Evidence(sourceId, index, event.id(), event.timestamp(), EcsNdjson.json(event, false), at, by);
    }

    /**
     * "Create case from selected events": the events as evidence, their observables, and the
     * earliest event as the detection time.
     *
     * @param title the case's title
     * @param sourceId the source the events were found in
     * @param index the index (or store) holding them
     * @param events the selected events
     * @param by who creates the case
     * @param at when
     * @return the draft of the new case
     */
    public static CaseDraft draft(String title, String sourceId, String index, List<Event> events, String by,
            Instant at) {
        CaseDraft draft = CaseDraft.create(title);
        addTo(draft, sourceId, index, events, by, at);
        events.stream().map(Event::timestamp).min(Comparator.naturalOrder())
                .ifPresent(first -> draft.times(draft.times().withDetected(first)));
        return draft;
    }

    /**
     * "Add to an existing case": the events as evidence, their observables and the registry's
     * systems they were tagged with, keeping what the case has.
     *
     * @param draft the case being edited
     * @param sourceId the source the events were found in
     * @param index the index (or store) holding them
     * @param events the selected events
     * @param by who adds them
     * @param at when
     */
    public static void addTo(CaseDraft draft, String sourceId, String index, List<Event> events, String by,
            Instant at) {
        events.forEach(event -> draft.evidence().add(evidence(sourceId, index, event, by, at)));
        List<String> known = draft.observables().stream().map(Observable::key).toList();
        observables(events).stream().filter(o -> !known.contains(o.key())).forEach(draft.observables()::add);
        List<String> affected = draft.systems().stream().map(SystemRef::key).toList();
        AffectedSystems.fromEvents(events).stream().filter(s -> !affected.contains(s.key()))
                .forEach(draft.systems()::add);
    }

    /**
     * The search that pivots from an observable to the events that carry it: the same ECS
     * fields observables are extracted from, OR-ed, each with the value as a quoted KQL phrase.
     * A hash also matches {@code related.hash}; a CIDR block matches the address fields.
     *
     * @param observable an observable
     * @return the KQL query, or an empty one for a type no ECS field carries
     */
    public static String pivot(Observable observable) {
        ObservableType wanted = observable.type() == ObservableType.CIDR ? ObservableType.IP : observable.type();
        String value = '"' + observable.value().replace("\\", "\\\\").replace("\"", "\\\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        return FIELDS.entrySet().stream()
                .filter(field -> field.getValue() == wanted || (field.getValue() == null && isHash(wanted)))
                .map(field -> field.getKey() + ":" + value).collect(Collectors.joining(" or ")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * The time range a pivot searches: from an hour before the earliest of the detection and
     * the evidence events (what led to the case often starts before it was noticed) to the
     * case's close, or now while it is open.
     *
     * @param c a case
     * @param now the present
     * @return the range
     */
    public static TimeRange pivotRange(Case c, Instant now) {
        Instant last = c.times().closed() == null || c.times().closed().isAfter(now) ? now : c.times().closed();
        Instant first = Stream.concat(Stream.of(c.times().detected()), c.evidence().stream().map(Evidence::eventTime))
                .filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(c.created());
        Instant from = first.minus(PIVOT_LEAD);
        return new TimeRange(from.isBefore(last) ? from : last.minus(PIVOT_LEAD), last);
    }

    private static boolean isHash(ObservableType type) {
        return type == ObservableType.MD5 || type == ObservableType.SHA1 || type == ObservableType.SHA256;
    }

    private static Optional<Observable> observable(ObservableType type, String value) {
        Optional<ObservableType> kind = type != null ? Optional.of(type) : Observables.detect(value);
        try {
            return kind.isPresent() ? Optional.of(Observables.of(kind.get(), value)) : Optional.empty();
        } catch (InvalidCaseException e) {
            return Optional.empty();
        }
    }

    private static List<String> values(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(value.toString());
    }

    private static Map<String, ObservableType> fields() {
        Map<String, ObservableType> fields = new LinkedHashMap<>();
        for (String prefix : List.of("source", "destination", "client", "server", "host")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            fields.put(prefix + ".ip", ObservableType.IP); //$NON-NLS-1$
        }
        fields.put("related.ip", ObservableType.IP); //$NON-NLS-1$
        for (String field : List.of("source.domain", "destination.domain", "client.domain", "server.domain", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "url.domain", "dns.question.name", "related.hosts")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            fields.put(field, ObservableType.DOMAIN);
        }
        fields.put("url.full", ObservableType.URL); //$NON-NLS-1$
        fields.put("url.original", ObservableType.URL); //$NON-NLS-1$
        for (String prefix : List.of("file.hash.", "process.hash.", "dll.hash.")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            fields.put(prefix + "md5", ObservableType.MD5); //$NON-NLS-1$
            fields.put(prefix + "sha1", ObservableType.SHA1); //$NON-NLS-1$
            fields.put(prefix + "sha256", ObservableType.SHA256); //$NON-NLS-1$
        }
        fields.put("related.hash", null); //$NON-NLS-1$
        for (String field : List.of("user.name", "source.user.name", "destination.user.name", "related.user")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            fields.put(field, ObservableType.ACCOUNT);
        }
        for (String field : List.of("user.email", "email.from.address", "email.to.address", "email.sender.address")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            fields.put(field, ObservableType.EMAIL);
        }
        fields.put("file.name", ObservableType.FILE_NAME); //$NON-NLS-1$
        return fields;
    }
}
