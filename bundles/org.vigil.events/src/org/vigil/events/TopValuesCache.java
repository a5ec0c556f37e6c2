package org.vigil.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The most frequent values of fields, as query completion proposes them, kept for a short while:
 * an operator typing {@code field:} several times in a minute should not make the source count
 * the same values each time. Entries are per source and field; callers clear the cache when what
 * they ask about changes (another time range, say). Safe to use from any thread.
 */
public final class TopValuesCache {

    private record Key(String source, String field) {
    }

    private record Entry(List<String> values, Instant loaded) {
    }

    private final Duration timeToLive;
    private final Clock clock;
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    /**
     * @param timeToLive how long values are served before the source is asked again
     * @param clock tells the time
     */
    public TopValuesCache(Duration timeToLive, Clock clock) {
        this.timeToLive = timeToLive;
        this.clock = clock;
    }

    /**
     * @param source the source's id
     * @param field a field name
     * @return the field's values if they were loaded recently, most frequent first
     */
    public Optional<List<String>> cached(String source, String field) {
        Entry entry = entries.get(new Key(source, field));
        return entry == null || isStale(entry) ? Optional.empty() : Optional.of(entry.values());
    }

    /**
     * Asks the source for a field's top values and keeps them. Blocks on the source: never call
     * it on the UI thread.
     *
     * @param source the source
     * @param query the hits to count values among (usually everything in the time range)
     * @param field a field name
     * @param size how many values at most
     * @param cancellation lets the caller give up
     * @return the values, most frequent first
     * @throws SourceException if the source fails or the call is cancelled
     */
    public List<String> load(EventSource source, EventQuery query, String field, int size,
            Cancellation cancellation) throws SourceException {
        TopTerms top = source.topTerms(query, field, size, cancellation);
        List<String> values = top.terms().stream().map(TopTerms.Term::value).toList();
        entries.values().removeIf(this::isStale);
        entries.put(new Key(source.descriptor().id(), field), new Entry(values, clock.instant()));
        return values;
    }

    /** Forgets every value, so that the next request asks the source. */
    public void clear() {
        entries.clear();
    }

    private boolean isStale(Entry entry) {
        return !clock.instant().isBefore(entry.loaded().plus(timeToLive));
    }
}
