package org.vigil.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.vigil.core.model.Event;
import org.vigil.core.model.FieldType;
import org.vigil.events.internal.CombinedAggregations;
import org.vigil.events.internal.Messages;

/**
 * Several sources searched as one: the same query runs on each at once, hits are merged in the
 * order asked (each source's own order kept, ties going to the source listed first) and carry
 * the id of their source in {@link #SOURCE_FIELD}; counts, histograms and top values are summed.
 * Paging runs across all sources to the end.
 *
 * <p>A source that fails, throws or does not answer within the time allowed is left out of that
 * answer and reported to the {@link Failures} listener, so that the others' results still come;
 * during a walk through pages it stays left out. Only when every source fails does the call
 * fail. A query one source cannot run ({@link SourceException.Kind#BAD_QUERY}) is the operator's
 * to fix, and cancelling the call cancels it on every source: both end the call.
 *
 * <p>Top values are exact sums of what each source reports for a value; each source is asked for
 * more values than shown, but a value outside every source's own top list can be missed, as
 * with Elasticsearch's shards.
 */
public final class MultiSource implements EventSource {

    /** The field a merged hit names its source in. */
    public static final String SOURCE_FIELD = "vigil.source.id"; //$NON-NLS-1$

    /** Hears about the sources left out of an answer. */
    @FunctionalInterface
    public interface Failures {
        /**
         * @param source the source left out
         * @param problem why, worded for the operator
         */
        void failed(SourceDescriptor source, SourceException problem);
    }

    private static final String ACTIVE = "+"; //$NON-NLS-1$
    private static final String FAILED = "!"; //$NON-NLS-1$
    private static final String DONE = "."; //$NON-NLS-1$

    private final List<EventSource> given;
    /** The sources each behind the time limit, which is the only deadline of a call. */
    private final List<GuardedSource> sources;
    private final SourceDescriptor descriptor;
    private final Failures failures;

    /**
     * @param sources the sources, in the order ties are broken; at least one
     * @param timeout how long each source may take for one call before it is left out (see {@link GuardedSource})
     * @param failures told about every source left out
     */
    public MultiSource(List<EventSource> sources, Duration timeout, Failures failures) {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("no source to search"); //$NON-NLS-1$
        }
        this.given = List.copyOf(sources);
        Objects.requireNonNull(timeout, "timeout"); //$NON-NLS-1$
        this.sources = given.stream().map(source -> GuardedSource.of(source, timeout)).toList();
        this.failures = Objects.requireNonNull(failures, "failures"); //$NON-NLS-1$
        List<SourceDescriptor> parts = given.stream().map(EventSource::descriptor).toList();
        this.descriptor = new SourceDescriptor(
                parts.stream().map(SourceDescriptor::id).collect(Collectors.joining("+")), //$NON-NLS-1$
                parts.stream().map(SourceDescriptor::displayName).collect(Collectors.joining(" + ")), //$NON-NLS-1$
                "multi", parts.stream().map(SourceDescriptor::id).collect(Collectors.joining(", "))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return the sources searched, in order */
    public List<EventSource> sources() {
        return given;
    }

    @Override
    public SourceDescriptor descriptor() {
        return descriptor;
    }

    /** Every source's columns and top fields once, with the source's column first: merged hits are read by it. */
    @Override
    public SourceProfile profile() {
        List<SourceProfile> profiles = new ArrayList<>();
        profiles.add(new SourceProfile(List.of(SOURCE_FIELD), List.of(), null));
        sources.forEach(source -> profiles.add(source.profile()));
        return SourceProfile.combined(profiles);
    }

    @Override
    public List<FieldInfo> fields(Cancellation cancellation) throws SourceException {
        Map<String, FieldInfo> union = new TreeMap<>();
        union.put(SOURCE_FIELD, new FieldInfo(SOURCE_FIELD, FieldType.KEYWORD, false));
        for (List<FieldInfo> fields : ask(indexes(), cancellation, (i, c) -> sources.get(i).fields(c)).values()) {
            for (FieldInfo field : fields) {
                // A field several sources know is aggregatable only where all of them can.
                union.merge(field.name(), field, (a, b) -> new FieldInfo(a.name(), a.type(), a.aggregatable() && b.aggregatable()));
            }
        }
        return List.copyOf(union.values());
    }

    @Override
    public long count(EventQuery query, Cancellation cancellation) throws SourceException {
        return ask(indexes(), cancellation, (i, c) -> sources.get(i).count(query, c)).values().stream()
                .mapToLong(Long::longValue).sum();
    }

    @Override
    public Histogram histogram(EventQuery query, int targetBuckets, ZoneOffset offset, Cancellation cancellation)
            throws SourceException {
        Map<Integer, Histogram> answers = ask(indexes(), cancellation,
                (i, c) -> sources.get(i).histogram(query, targetBuckets, offset, c));
        Duration interval = answers.values().iterator().next().interval();
        Map<Instant, Long> sums = new TreeMap<>();
        for (Histogram histogram : answers.values()) {
            if (!histogram.interval().equals(interval)) {
                throw new SourceException(SourceException.Kind.UNAVAILABLE, descriptor.id(),
                        "sources bucketed by " + interval + " and " + histogram.interval(), null); //$NON-NLS-1$ //$NON-NLS-2$
            }
            histogram.buckets().forEach(bucket -> sums.merge(bucket.start(), bucket.count(), Long::sum));
        }
        return new Histogram(interval, sums.entrySet().stream().map(e -> new Histogram.Bucket(e.getKey(), e.getValue())).toList());
    }

    @Override
    public TopTerms topTerms(EventQuery query, String field, int size, Cancellation cancellation) throws SourceException {
        int asked = CombinedAggregations.more(size);
        Map<Integer, TopTerms> answers = ask(indexes(), cancellation, (i, c) -> sources.get(i).topTerms(query, field, asked, c));
        Map<String, Long> counts = new HashMap<>();
        long hits = 0;
        long withField = 0;
        for (TopTerms top : answers.values()) {
            hits += top.hits();
            withField += top.withField();
            top.terms().forEach(term -> counts.merge(term.value(), term.count(), Long::sum));
        }
        List<TopTerms.Term> terms = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(size).map(e -> new TopTerms.Term(e.getKey(), e.getValue())).toList();
        return new TopTerms(field, hits, withField, terms);
    }

    /**
     * Each source's aggregations added up ({@code CombinedAggregations}): exact for histograms,
     * heat maps, stats and filters; top lists ask each source for more values than shown and say
     * when they may have missed one; a distinct count of several sources is their sum, an upper
     * bound marked approximate.
     */
    @Override
    public AggregationResults aggregate(AggregationRequest request, Cancellation cancellation) throws SourceException {
        AggregationRequest wider = CombinedAggregations.widened(request);
        Map<Integer, AggregationResults> answers = ask(indexes(), cancellation, (i, c) -> sources.get(i).aggregate(wider, c));
        try {
            return CombinedAggregations.combine(request, List.copyOf(answers.values()));
        } catch (IllegalStateException e) {
            throw new SourceException(SourceException.Kind.UNAVAILABLE, descriptor.id(), e.getMessage(), e);
        }
    }

    @Override
    public SearchPage search(SearchRequest request, Cancellation cancellation) throws SourceException {
        List<Position> positions = request.after() == null ? start() : decode(request.after());
        List<Integer> active = new ArrayList<>();
        for (int i = 0; i < positions.size(); i++) {
            if (positions.get(i).active()) {
                active.add(i);
            }
        }
        Map<Integer, SearchPage> pages = active.isEmpty() ? Map.of()
                : ask(active, cancellation, (i, c) -> sources.get(i).search(pageAt(request, positions.get(i)), c));
        List<Buffer> buffers = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < positions.size(); i++) {
            Position position = positions.get(i);
            SearchPage page = pages.get(i);
            if (position.active() && page == null) {
                position = Position.FAILED_POSITION;
            }
            buffers.add(new Buffer(i, position, page));
            total += page == null ? 0 : page.total();
        }
        List<Event> merged = merge(request, buffers, cancellation);
        List<Position> next = buffers.stream().map(buffer -> buffer.position).toList();
        boolean more = next.stream().anyMatch(Position::active);
        return new SearchPage(merged, total, more ? encode(next) : null);
    }

    /** Takes hits from the buffers best first until the page is full or every source is spent. */
    private List<Event> merge(SearchRequest request, List<Buffer> buffers, Cancellation cancellation) throws SourceException {
        Comparator<Event> order = order(request);
        List<Event> merged = new ArrayList<>(request.size());
        while (merged.size() < request.size()) {
            Buffer best = null;
            for (Buffer buffer : buffers) {
                if (buffer.refill(request, cancellation) && (best == null || order.compare(buffer.head(), best.head()) < 0)) {
                    best = buffer;
                }
            }
            if (best == null) {
                break;
            }
            merged.add(labelled(best.take(), sources.get(best.index).descriptor().id()));
        }
        return merged;
    }

    private static Event labelled(Event event, String sourceId) {
        // First, so that a table showing the first fields shows where each hit comes from.
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(SOURCE_FIELD, sourceId);
        fields.putAll(event.fields());
        return new Event(event.id(), event.timestamp(), fields);
    }

    /** The sort the sources apply, so that merging keeps it; ties keep the order of the buffers. */
    private static Comparator<Event> order(SearchRequest request) {
        Comparator<Event> order = Event.TIMESTAMP.equals(request.sortField())
                ? Comparator.comparing(Event::timestamp)
                : Comparator.comparing(e -> e.get(request.sortField()), MultiSource::compareValues);
        return request.ascending() ? order : order.reversed();
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static int compareValues(Object a, Object b) {
        if (a == null || b == null) {
            // Events without the field come last either way, as the engines sort them.
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        if (a instanceof Comparable x && a.getClass() == b.getClass()) {
            return x.compareTo(b);
        }
        return a.toString().compareTo(b.toString());
    }

    private SearchRequest pageAt(SearchRequest request, Position position) {
        return new SearchRequest(request.query(), request.sortField(), request.ascending(), request.size(),
                position.cursor == null ? null : new Cursor(position.cursor));
    }

    /**
     * One source's hits during a merge: the page at its position, less what earlier pages of the
     * walk took from it; when spent, the source's next page is fetched.
     */
    private final class Buffer {

        final int index;
        Position position;
        SearchPage page;
        int next;

        Buffer(int index, Position position, SearchPage page) {
            this.index = index;
            this.position = position;
            this.page = page;
            this.next = position.offset;
        }

        boolean refill(SearchRequest request, Cancellation cancellation) throws SourceException {
            while (position.active() && next >= page.events().size()) {
                if (page.next() == null) {
                    position = Position.DONE_POSITION;
                    return false;
                }
                position = new Position(page.next().token(), 0);
                Map<Integer, SearchPage> answer = ask(List.of(index), cancellation,
                        (i, c) -> sources.get(i).search(pageAt(request, position), c), true);
                page = answer.get(index);
                next = 0;
                if (page == null) {
                    position = Position.FAILED_POSITION;
                    return false;
                }
            }
            return position.active();
        }

        Event head() {
            return page.events().get(next);
        }

        Event take() {
            Event event = page.events().get(next++);
            position = new Position(position.cursor, next);
            return event;
        }
    }

    /**
     * Where a walk stands in one source: the cursor of the page being read ({@code null} for the
     * first) and how many of its hits were taken, or done, or left out after a failure.
     */
    private record Position(String cursor, int offset, String state) {

        static final Position DONE_POSITION = new Position(null, 0, DONE);
        static final Position FAILED_POSITION = new Position(null, 0, FAILED);

        Position(String cursor, int offset) {
            this(cursor, offset, ACTIVE);
        }

        boolean active() {
            return !DONE.equals(state) && !FAILED.equals(state);
        }
    }

    private List<Position> start() {
        return sources.stream().map(s -> new Position(null, 0)).toList();
    }

    /** One line per source: state, offset, cursor; Base64 so that any cursor text survives. */
    private static Cursor encode(List<Position> positions) {
        String text = positions.stream().map(p -> p.state + " " + p.offset + " " //$NON-NLS-1$ //$NON-NLS-2$
                + (p.cursor == null ? "" : Base64.getUrlEncoder().encodeToString(p.cursor.getBytes(StandardCharsets.UTF_8)))) //$NON-NLS-1$
                .collect(Collectors.joining("\n")); //$NON-NLS-1$
        return new Cursor(Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
    }

    private List<Position> decode(Cursor cursor) throws SourceException {
        try {
            String[] lines = new String(Base64.getUrlDecoder().decode(cursor.token()), StandardCharsets.UTF_8).split("\n", -1); //$NON-NLS-1$
            if (lines.length != sources.size()) {
                throw new IllegalArgumentException(lines.length + " positions for " + sources.size() + " sources"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            List<Position> positions = new ArrayList<>();
            for (String line : lines) {
                String[] parts = line.split(" ", 3); //$NON-NLS-1$
                String token = parts[2].isEmpty() ? null
                        : new String(Base64.getUrlDecoder().decode(parts[2]), StandardCharsets.UTF_8);
                positions.add(new Position(token, Integer.parseInt(parts[1]), parts[0]));
            }
            return positions;
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw new SourceException(SourceException.Kind.BAD_QUERY, descriptor.id(),
                    "not a cursor of these sources: " + e.getMessage(), e); //$NON-NLS-1$
        }
    }

    /** One call to the source at an index. */
    @FunctionalInterface
    private interface Call<T> {
        T run(int index, Cancellation cancellation) throws SourceException;
    }

    private List<Integer> indexes() {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            all.add(i);
        }
        return all;
    }

    private <T> Map<Integer, T> ask(List<Integer> targets, Cancellation cancellation, Call<T> call) throws SourceException {
        return ask(targets, cancellation, call, false);
    }

    /**
     * Runs the call on every target source at once, each on its own virtual thread with its own
     * cancellation, and waits for each; each source's guard ends its call at the time limit.
     *
     * @param mayAllFail whether an answer with no source is an answer (a walk whose other
     *            sources already answered) rather than a failure
     * @return the answers by source index; failed sources are missing
     */
    private <T> Map<Integer, T> ask(List<Integer> targets, Cancellation cancellation, Call<T> call, boolean mayAllFail)
            throws SourceException {
        cancellation.check(descriptor.id());
        Map<Integer, Cancellation> own = new LinkedHashMap<>();
        targets.forEach(index -> own.put(index, Cancellation.none()));
        Map<Integer, T> answers = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        // Guarded before any source runs, so that a cancellation at any moment reaches every one.
        try (Cancellation.Guard guard = cancellation.guard(() -> own.values().forEach(Cancellation::cancel))) {
            Map<Integer, CompletableFuture<T>> running = new LinkedHashMap<>();
            for (int index : targets) {
                CompletableFuture<T> future = new CompletableFuture<>();
                Cancellation mine = own.get(index);
                Thread.ofVirtual().name("vigil-multi-" + sources.get(index).descriptor().id()).start(() -> { //$NON-NLS-1$
                    try {
                        future.complete(call.run(index, mine));
                    } catch (Throwable e) {
                        future.completeExceptionally(e);
                    }
                });
                running.put(index, future);
            }
            for (Map.Entry<Integer, CompletableFuture<T>> entry : running.entrySet()) {
                SourceDescriptor source = sources.get(entry.getKey()).descriptor();
                try {
                    answers.put(entry.getKey(), entry.getValue().get());
                } catch (ExecutionException e) {
                    problems.add(leftOut(source, failure(e.getCause(), cancellation)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    own.values().forEach(Cancellation::cancel);
                    throw new SourceException(SourceException.Kind.CANCELLED, descriptor.id(), "interrupted", e); //$NON-NLS-1$
                }
            }
        }
        // Answers that came although the caller gave up meanwhile are not what was asked for.
        cancellation.check(descriptor.id());
        if (answers.isEmpty() && !mayAllFail) {
            throw new SourceException(SourceException.Kind.UNAVAILABLE, descriptor.id(),
                    NLS.bind(Messages.Multi_allFailed, String.join("; ", problems)), null); //$NON-NLS-1$
        }
        return answers;
    }

    /**
     * Ends the whole call for a bad query or a cancellation; anything else leaves the one source
     * out. The guard made every failure a {@link SourceException} naming the source.
     */
    private SourceException failure(Throwable cause, Cancellation cancellation) throws SourceException {
        if (cancellation.isCancelled()) {
            throw new SourceException(SourceException.Kind.CANCELLED, descriptor.id(), "cancelled", cause); //$NON-NLS-1$
        }
        if (!(cause instanceof SourceException e)) {
            return new SourceException(SourceException.Kind.UNAVAILABLE, descriptor.id(), String.valueOf(cause), cause);
        }
        if (e.kind() == SourceException.Kind.BAD_QUERY) {
            throw new SourceException(SourceException.Kind.BAD_QUERY, descriptor.id(), e.getMessage(), e);
        }
        return e;
    }

    private String leftOut(SourceDescriptor source, SourceException problem) {
        failures.failed(source, problem);
        return problem.getMessage();
    }
}
