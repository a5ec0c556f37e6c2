package org.vigil.local.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vigil.events.Cancellation;
import org.vigil.events.EventQuery;
import org.vigil.events.GuardedSource;
import org.vigil.events.MultiSource;
import org.vigil.events.SearchPage;
import org.vigil.events.SearchRequest;
import org.vigil.events.SourceDescriptor;
import org.vigil.events.SourceException;
import org.vigil.events.testing.ContractEvents;
import org.vigil.events.testing.MisbehavingSource;
import org.vigil.events.testing.MisbehavingSource.Misbehaviour;
import org.vigil.local.LuceneSource;
import org.vigil.query.KqlParser;

/**
 * A source that throws, hangs deaf to its cancellation, answers null or makes hits without a time:
 * every call the workbench makes (search, count, histogram, top values, fields) ends within the
 * time limit with an error naming the source, and a good source searched with it still answers.
 */
class MisbehavingSourcesTest {

    private static final Duration LIMIT = Duration.ofMillis(500);
    /** Far below a hanging call's forever, far above the limit on a loaded build machine. */
    private static final long PROMPTLY_MS = 5_000;

    private static LuceneSource good;
    private final List<MisbehavingSource> made = new ArrayList<>();
    private final Map<String, String> leftOut = new ConcurrentHashMap<>();

    @BeforeAll
    static void loadGoodStore() throws Exception {
        good = LuceneSource.inMemory(new SourceDescriptor("good", "Good", "lucene", "memory"),
                ContractEvents.all().iterator(), Clock.fixed(ContractEvents.END, ZoneOffset.UTC));
    }

    @AfterAll
    static void closeGoodStore() throws Exception {
        good.close();
    }

    @AfterEach
    void releaseHangingCalls() {
        made.forEach(MisbehavingSource::release);
    }

    @ParameterizedTest
    @EnumSource(Misbehaviour.class)
    void everyCallOfAGuardedSourceFailsPromptlyNamingTheSource(Misbehaviour misbehaviour) throws Exception {
        GuardedSource guarded = GuardedSource.of(bad("wazuh-lab", misbehaviour), LIMIT);
        EventQuery all = all();

        List<Executable> calls = new ArrayList<>(List.of(
                () -> guarded.search(SearchRequest.newestFirst(all, 10), Cancellation.none()),
                () -> guarded.count(all, Cancellation.none()),
                () -> guarded.histogram(all, 20, ZoneOffset.UTC, Cancellation.none()),
                () -> guarded.topTerms(all, "event.action", 5, Cancellation.none()),
                () -> guarded.fields(Cancellation.none())));
        if (misbehaviour == Misbehaviour.NO_TIMESTAMPS) {
            // Only its hits are bad; its counts and fields are merely empty.
            calls = calls.subList(0, 1);
        }
        for (Executable call : calls) {
            long started = System.nanoTime();
            SourceException e = assertThrows(SourceException.class, call);
            long millis = (System.nanoTime() - started) / 1_000_000;

            assertEquals("wazuh-lab", e.source());
            assertEquals(SourceException.Kind.UNAVAILABLE, e.kind());
            assertTrue(e.getMessage().startsWith("wazuh-lab "), e.getMessage());
            assertTrue(millis < PROMPTLY_MS, misbehaviour + " held the caller " + millis + " ms");
        }
    }

    @Test
    void aHangingSourceIsCancelledAtTheLimitAndTheErrorSaysTheLimit() {
        GuardedSource guarded = GuardedSource.of(bad("slow", Misbehaviour.HANGS), Duration.ofSeconds(1));

        SourceException e = assertThrows(SourceException.class, () -> guarded.count(all(), Cancellation.none()));

        assertEquals("slow did not answer within 1 s; the call was cancelled", e.getMessage());
    }

    @Test
    void cancellingEndsTheWaitForASourceDeafToItsCancellation() throws Exception {
        GuardedSource guarded = GuardedSource.of(bad("deaf", Misbehaviour.HANGS), Duration.ofMinutes(5));
        Cancellation cancellation = new Cancellation();
        Thread.ofVirtual().start(() -> {
            sleep(200);
            cancellation.cancel();
        });

        long started = System.nanoTime();
        SourceException e = assertThrows(SourceException.class, () -> guarded.count(all(), cancellation));

        assertEquals(SourceException.Kind.CANCELLED, e.kind());
        assertTrue((System.nanoTime() - started) / 1_000_000 < PROMPTLY_MS);
    }

    @Test
    void garbageAndCrashesAreWordedForTheOperator() {
        SourceException nothing = assertThrows(SourceException.class,
                () -> GuardedSource.of(bad("vendor", Misbehaviour.NULL_ANSWERS), LIMIT).count(all(), Cancellation.none()));
        SourceException thrown = assertThrows(SourceException.class,
                () -> GuardedSource.of(bad("plugin", Misbehaviour.THROWS), LIMIT).count(all(), Cancellation.none()));
        SourceException timeless = assertThrows(SourceException.class, () -> GuardedSource
                .of(bad("shipper", Misbehaviour.NO_TIMESTAMPS), LIMIT).search(SearchRequest.newestFirst(all(), 5),
                        Cancellation.none()));

        assertEquals("vendor gave no usable answer (count)", nothing.getMessage());
        assertTrue(thrown.getMessage().contains("plugin is broken on purpose"), thrown.getMessage());
        assertTrue(timeless.getMessage().startsWith("shipper failed: java.lang.NullPointerException"),
                timeless.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Misbehaviour.class)
    void theGoodSourceStillAnswersWhenSearchedWithABadOne(Misbehaviour misbehaviour) throws Exception {
        MultiSource both = new MultiSource(List.of(good, bad("bad", misbehaviour)), LIMIT,
                (source, problem) -> leftOut.put(source.id(), problem.getMessage()));

        long started = System.nanoTime();
        SearchPage page = both.search(SearchRequest.newestFirst(all(), 10), Cancellation.none());
        long count = both.count(all(), Cancellation.none());
        long histogram = both.histogram(all(), 20, ZoneOffset.UTC, Cancellation.none()).total();
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertEquals(10, page.events().size());
        assertTrue(page.events().stream().allMatch(e -> "good".equals(e.get(MultiSource.SOURCE_FIELD))));
        assertEquals(ContractEvents.COUNT, page.total());
        assertTrue(leftOut.get("bad").startsWith("bad "), leftOut.toString());
        assertTrue(millis < 3 * PROMPTLY_MS, misbehaviour + " held the others " + millis + " ms");
        if (misbehaviour != Misbehaviour.NO_TIMESTAMPS) {
            assertEquals(ContractEvents.COUNT, count);
            assertEquals(ContractEvents.COUNT, histogram);
        }
    }

    private MisbehavingSource bad(String id, Misbehaviour misbehaviour) {
        MisbehavingSource source = new MisbehavingSource(id, misbehaviour);
        made.add(source);
        return source;
    }

    private static EventQuery all() throws Exception {
        return new EventQuery(KqlParser.parse("*"), ContractEvents.ALL);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
